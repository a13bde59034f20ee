package org.parley.media.internal.dtls;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bouncycastle.tls.DatagramTransport;

/**
 * The socket of a BouncyCastle peer in the browser's place: it receives what the SFU sent from {@code incoming} and
 * hands a copy of each datagram it sends to {@code outgoing} (the association, or the sink as the UDP thread would).
 */
public final class BrowserWire implements DatagramTransport {
    private static final int RECEIVE_LIMIT = 1500;
    private static final int SEND_LIMIT = 1200;

    private final BlockingQueue<byte[]> incoming;
    private final Consumer<byte[]> outgoing;

    public BrowserWire(BlockingQueue<byte[]> incoming, Consumer<byte[]> outgoing) {
        this.incoming = incoming;
        this.outgoing = outgoing;
    }

    @Override
    public int getReceiveLimit() {
        return RECEIVE_LIMIT;
    }

    @Override
    public int getSendLimit() {
        return SEND_LIMIT;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        try {
            byte[] datagram = incoming.poll(waitMillis, TimeUnit.MILLISECONDS);
            if (datagram == null) {
                return -1;
            }
            int n = Math.min(len, datagram.length);
            System.arraycopy(datagram, 0, buf, off, n);
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    @Override
    public void send(byte[] buf, int off, int len) {
        outgoing.accept(Arrays.copyOfRange(buf, off, off + len));
    }

    @Override
    public void close() {
        // Nothing to release: the queues belong to the test.
    }
}
