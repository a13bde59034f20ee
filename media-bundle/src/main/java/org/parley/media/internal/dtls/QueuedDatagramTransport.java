package org.parley.media.internal.dtls;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedChannelException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.tls.DatagramTransport;

/**
 * BouncyCastle's view of the endpoint's transport: datagrams the I/O thread {@link #offer}s wait in a bounded
 * queue for the thread running the handshake, which takes them in {@link #receive} with BC's timeout; what BC
 * sends goes, copied, to the endpoint's {@link DtlsSender}. The copies cost nothing on the media path: only DTLS
 * datagrams come here, a dozen per handshake.
 *
 * <p>Threads: {@code offer} from the I/O thread; {@code receive}, {@code send} from the one thread running the
 * association at a time; {@code close} from any thread, and it wakes a waiting {@code receive}.
 */
final class QueuedDatagramTransport implements DatagramTransport {
    /** Put in the queue by {@link #close()} to wake the receiver; never a real datagram (those are non-empty). */
    private static final byte[] CLOSED_MARK = new byte[0];

    private final ArrayBlockingQueue<byte[]> received;
    private final DtlsSender sender;
    private final int sendLimit;
    private volatile boolean closed;

    QueuedDatagramTransport(int capacity, int sendLimit, DtlsSender sender) {
        this.received = new ArrayBlockingQueue<>(capacity);
        this.sendLimit = sendLimit;
        this.sender = sender;
    }

    /** Copies a datagram into the queue; false when the queue is full or the transport closed. */
    boolean offer(byte[] array, int offset, int length) {
        return !closed && received.offer(Arrays.copyOfRange(array, offset, offset + length));
    }

    boolean hasPending() {
        return !received.isEmpty();
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public int getReceiveLimit() {
        return DtlsSettings.RECEIVE_LIMIT;
    }

    @Override
    public int getSendLimit() {
        return sendLimit;
    }

    /**
     * Takes the next datagram, waiting up to {@code waitMillis} (0 = without limit, as a socket timeout).
     *
     * @return its length, or -1 when none came in time (BC's timeout convention)
     * @throws ClosedChannelException once closed, so that BC gives up at once instead of waiting out its timeout
     */
    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        if (closed) {
            throw new ClosedChannelException();
        }
        byte[] datagram;
        try {
            datagram = waitMillis == 0 ? received.take() : received.poll(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a DTLS datagram");
        }
        if (datagram == null) {
            return -1;
        }
        if (datagram == CLOSED_MARK || closed) {
            throw new ClosedChannelException();
        }
        int length = Math.min(len, datagram.length);
        System.arraycopy(datagram, 0, buf, off, length);
        return length;
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        if (closed) {
            throw new ClosedChannelException();
        }
        sender.send(Arrays.copyOfRange(buf, off, off + len));
    }

    /** Stops both directions; a receiver waiting in {@link #receive} wakes with {@link ClosedChannelException}. */
    @Override
    public void close() {
        closed = true;
        received.clear();
        received.offer(CLOSED_MARK);
    }
}
