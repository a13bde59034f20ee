package org.parley.media.internal.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared media UDP port (issue 7, item 1): one blocking {@link DatagramChannel} and one daemon receive thread,
 * {@code media-udp-<port>}, that reads every datagram into a buffer of its own {@link BufferPool}, hands it to the
 * {@link PacketSink} as a {@link Packet} with this port as the {@link PacketReply}, and gives the buffer back when
 * the sink returns.
 *
 * <p>Allocation: none per datagram in steady state for a single sender. The receive {@link ByteBuffer} wraps the
 * pool buffer and is re-wrapped only when the pool hands out a different array (it does not while the sink gives
 * the buffer back in time), and the JDK returns the same source address object while the sender does not change.
 * With several senders interleaved the JDK decodes a new {@code InetSocketAddress} per change of sender (its cache
 * holds one); so sources must be compared with {@code equals}, not by reference. Sends copy into a direct buffer
 * owned by the sending thread, so a send allocates nothing either.
 *
 * <p>Errors: a failed read, a datagram that filled the whole buffer (possibly truncated) and an exception from the
 * sink are counted and the loop goes on; a failed send is counted and reported as {@code false}. Sends block only
 * while the kernel's send buffer is full, which is why a large {@code SO_SNDBUF} is asked for.
 *
 * <p>Lifecycle: {@link #open} binds and starts the thread; {@link #close} closes the channel (which ends the
 * blocking read) and waits for the thread. Thread-safe: send from any thread.
 */
public final class UdpPort implements PacketReply, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UdpPort.class);
    private static final long JOIN_MILLIS = 5_000;

    private final DatagramChannel channel;
    private final PacketSink sink;
    private final BufferPool pool;
    private final int port;
    private final TransportCounters counters = new TransportCounters();
    private final ThreadLocal<ByteBuffer> sendBuffers =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(BufferPool.BUFFER_BYTES));
    private final Packet packet = new Packet();
    private final Thread receiver;
    private volatile boolean closed;
    private byte[] wrapped;
    private ByteBuffer receiveBuffer;

    private UdpPort(DatagramChannel channel, PacketSink sink, int poolCapacity) throws IOException {
        this.channel = channel;
        this.sink = sink;
        this.pool = new BufferPool(poolCapacity);
        this.port = ((InetSocketAddress) channel.getLocalAddress()).getPort();
        this.receiver = new Thread(this::receiveLoop, "media-udp-" + port);
        receiver.setDaemon(true);
    }

    /**
     * Binds {@code bindAddress} (port 0 = any free port, for tests) and starts the receive thread.
     *
     * @param socketBufferBytes asked for as {@code SO_RCVBUF} and {@code SO_SNDBUF}; the kernel may grant less
     *                          (Linux caps it at {@code net.core.rmem_max}/{@code wmem_max}), which is logged
     * @param poolCapacity      buffers the receive thread keeps (1 is enough while the sink copies what it keeps)
     * @throws IOException when the address cannot be bound
     */
    public static UdpPort open(InetSocketAddress bindAddress, int socketBufferBytes, int poolCapacity,
                               PacketSink sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        DatagramChannel channel = DatagramChannel.open();
        try {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, socketBufferBytes);
            channel.setOption(StandardSocketOptions.SO_SNDBUF, socketBufferBytes);
            channel.bind(bindAddress);
            warnWhenBuffersShrunk(channel, socketBufferBytes);
            UdpPort udp = new UdpPort(channel, sink, poolCapacity);
            udp.receiver.start();
            LOG.info("Media UDP port listening on {}", channel.getLocalAddress());
            return udp;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void warnWhenBuffersShrunk(DatagramChannel channel, int asked) throws IOException {
        // Linux reports twice the granted size (its bookkeeping overhead), so half the asked size is the floor.
        int receive = channel.getOption(StandardSocketOptions.SO_RCVBUF);
        int send = channel.getOption(StandardSocketOptions.SO_SNDBUF);
        if (receive < asked / 2 || send < asked / 2) {
            LOG.warn("Media UDP socket buffers are {} (receive) and {} (send) bytes, {} asked: raise "
                    + "net.core.rmem_max and net.core.wmem_max to avoid loss in bursts", receive, send, asked);
        }
    }

    private void receiveLoop() {
        while (!closed) {
            byte[] buffer = pool.take();
            try {
                receiveOne(buffer);
            } catch (ClosedChannelException e) {
                closed = true;
            } catch (IOException | RuntimeException e) {
                // Sink failures are caught closer; this is the socket (or a JDK surprise), never the end of the loop.
                counters.increment(TransportCounter.RECEIVE_ERRORS);
                logRecurring(TransportCounter.RECEIVE_ERRORS, e);
            } finally {
                pool.give(buffer);
            }
        }
    }

    private void receiveOne(byte[] buffer) throws IOException {
        ByteBuffer target = wrapping(buffer);
        target.clear();
        SocketAddress source = channel.receive(target);
        int length = target.position();
        if (source == null) {
            return; // only a non-blocking channel returns nothing; kept so a future change cannot hand out null
        }
        if (length == buffer.length) {
            counters.increment(TransportCounter.TRUNCATED);
            return;
        }
        counters.increment(TransportCounter.PACKETS_RECEIVED);
        counters.add(TransportCounter.BYTES_RECEIVED, length);
        try {
            sink.receive(packet.wrap(buffer, 0, length, source), this);
        } catch (RuntimeException e) {
            counters.increment(TransportCounter.SINK_ERRORS);
            logRecurring(TransportCounter.SINK_ERRORS, e);
        }
    }

    private ByteBuffer wrapping(byte[] buffer) {
        if (buffer != wrapped) {
            wrapped = buffer;
            receiveBuffer = ByteBuffer.wrap(buffer);
        }
        return receiveBuffer;
    }

    private void logRecurring(TransportCounter counter, Exception e) {
        long occurrence = counters.get(counter);
        if (TransportCounters.worthLogging(occurrence)) {
            LOG.warn("Media UDP port {}: {} #{}", port, counter, occurrence, e);
        }
    }

    @Override
    public boolean send(byte[] array, int offset, int length, SocketAddress destination) {
        ByteBuffer out = sendBuffers.get();
        out.clear();
        out.put(array, offset, length).flip();
        try {
            channel.send(out, destination);
        } catch (IOException | RuntimeException e) {
            // RuntimeException: an unresolved or foreign-family destination, which the JDK refuses unchecked.
            counters.increment(TransportCounter.SEND_ERRORS);
            logRecurring(TransportCounter.SEND_ERRORS, e);
            return false;
        }
        counters.increment(TransportCounter.PACKETS_SENT);
        counters.add(TransportCounter.BYTES_SENT, length);
        return true;
    }

    /** Nothing to confirm: a datagram port has no per-peer state. */
    @Override
    public void confirm() {
    }

    /** Nothing: the shared port is not closed for one peer ({@link #close()} ends the whole port). */
    @Override
    public void disconnect() {
    }

    /** Stops the receive thread and closes the channel; sends fail (counted) afterwards. Idempotent. */
    @Override
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Closing media UDP port {}", port, e);
        }
        if (Thread.currentThread() != receiver) {
            try {
                receiver.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public TransportKind kind() {
        return TransportKind.UDP;
    }

    /** The bound port (the real one when 0 was asked). */
    public int port() {
        return port;
    }

    public InetSocketAddress localAddress() throws IOException {
        return (InetSocketAddress) channel.getLocalAddress();
    }

    public TransportCounters counters() {
        return counters;
    }

    /** The receive thread's id, for allocation measurements. */
    long receiveThreadId() {
        return receiver.getId();
    }

    /** True while the receive thread runs (for health and tests). */
    public boolean isRunning() {
        return receiver.isAlive();
    }
}
