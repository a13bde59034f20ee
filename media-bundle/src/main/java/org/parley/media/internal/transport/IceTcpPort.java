package org.parley.media.internal.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passive ICE-TCP candidate (RFC 6544 §4.5, issue 7 item 1), for networks that block UDP: a listening socket
 * and one I/O thread, {@code media-tcp-<port>}, that runs a {@link Selector} over it and every accepted connection.
 * The thread accepts within the limits of {@link IceTcpSettings} (total and per source IP; beyond them a connection
 * is closed at once and counted), reads each connection's RFC 4571 frames ({@link Rfc4571Reader}) into buffers of
 * its own {@link BufferPool} and hands them to the same {@link PacketSink} as the UDP port, with the connection as
 * the {@link PacketReply}.
 *
 * <p>A connection is closed, and the sink told ({@link PacketSink#closed}), when its peer closes it, a frame
 * breaks the framing, no valid ICE check {@link PacketReply#confirm() confirmed} it within the probation time,
 * nothing arrived for the idle time, a send fails, or someone calls {@link PacketReply#disconnect()}. Times come
 * from the given clock (the service passes {@code Clock::millis}; tests a hand-moved one); the thread looks at
 * them every {@link #HOUSEKEEPING_MILLIS} of that clock, and at once after a disconnect request.
 *
 * <p>Threading: everything but {@link PacketReply#send}, {@code confirm}, {@code disconnect}, the counters and
 * {@link #close()} happens on the I/O thread. Lifecycle: {@link #open} binds and starts; {@link #close} stops the
 * thread, which closes every connection.
 */
public final class IceTcpPort implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IceTcpPort.class);
    /** How often (clock time) probation and idleness are checked; also the longest wait of one select. */
    static final long HOUSEKEEPING_MILLIS = 250;
    private static final int READ_BUFFER_BYTES = 16 * 1024;
    private static final long JOIN_MILLIS = 5_000;

    private final IceTcpSettings settings;
    private final PacketSink sink;
    private final LongSupplier clock;
    private final ServerSocketChannel server;
    private final Selector selector;
    private final int port;
    private final BufferPool pool;
    private final TransportCounters counters = new TransportCounters();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BUFFER_BYTES);
    private final Packet packet = new Packet();
    private final List<TcpConnection> connections = new ArrayList<>();
    private final Map<InetAddress, Integer> perAddress = new HashMap<>();
    private final Consumer<SelectionKey> onReady = this::onReady;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean closeRequested;
    private volatile int open;
    private long nextHousekeepingMillis;

    private IceTcpPort(IceTcpSettings settings, PacketSink sink, LongSupplier clock, ServerSocketChannel server,
                       Selector selector) throws IOException {
        this.settings = settings;
        this.sink = sink;
        this.clock = clock;
        this.server = server;
        this.selector = selector;
        this.port = ((InetSocketAddress) server.getLocalAddress()).getPort();
        // Every connection may hold a half-received frame at once (1,600 bytes each), plus one being delivered.
        this.pool = new BufferPool(settings.maxConnections() + 1);
        this.thread = new Thread(this::run, "media-tcp-" + port);
        thread.setDaemon(true);
    }

    /**
     * Binds the listening socket and starts the I/O thread.
     *
     * @throws IOException when the address cannot be bound
     */
    public static IceTcpPort open(IceTcpSettings settings, LongSupplier clockMillis, PacketSink sink)
            throws IOException {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(clockMillis, "clockMillis");
        ServerSocketChannel server = ServerSocketChannel.open();
        Selector selector = null;
        try {
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(settings.bindAddress());
            server.configureBlocking(false);
            selector = Selector.open();
            server.register(selector, SelectionKey.OP_ACCEPT);
            IceTcpPort tcp = new IceTcpPort(settings, sink, clockMillis, server, selector);
            tcp.thread.start();
            LOG.info("Media ICE-TCP port listening on {}", server.getLocalAddress());
            return tcp;
        } catch (IOException | RuntimeException e) {
            server.close();
            if (selector != null) {
                selector.close();
            }
            throw e;
        }
    }

    private void run() {
        try {
            while (running) {
                selector.select(onReady, HOUSEKEEPING_MILLIS);
                housekeeping();
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Media ICE-TCP port {} stopped", port, e);
        } finally {
            shutDown();
        }
    }

    private void onReady(SelectionKey key) {
        if (key.channel() == server) {
            acceptAll();
            return;
        }
        TcpConnection connection = (TcpConnection) key.attachment();
        try {
            if (key.isValid() && key.isReadable()) {
                connection.onReadable(readBuffer, clock.getAsLong());
            }
            if (key.isValid() && key.isWritable()) {
                connection.onWritable();
            }
        } catch (IOException | RuntimeException e) {
            // A reset by the peer is an IOException; anything else is a bug, which must not end the loop either.
            counters.increment(TransportCounter.RECEIVE_ERRORS);
            closeConnection(connection, TransportCounter.CLOSED_OTHER);
        }
    }

    private void acceptAll() {
        while (true) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (IOException e) {
                counters.increment(TransportCounter.RECEIVE_ERRORS);
                return;
            }
            if (channel == null) {
                return;
            }
            admit(channel);
        }
    }

    private void admit(SocketChannel channel) {
        try {
            InetSocketAddress remote = (InetSocketAddress) channel.getRemoteAddress();
            TransportCounter refusal = refusal(remote.getAddress());
            if (refusal != null) {
                counters.increment(refusal);
                channel.close();
                return;
            }
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.setOption(StandardSocketOptions.SO_SNDBUF, settings.socketBufferBytes());
            channel.setOption(StandardSocketOptions.SO_RCVBUF, settings.socketBufferBytes());
            TcpConnection connection = new TcpConnection(this, channel, remote, settings.sendQueueBytes(),
                    clock.getAsLong());
            connection.registered(channel.register(selector, SelectionKey.OP_READ, connection));
            connections.add(connection);
            perAddress.merge(remote.getAddress(), 1, Integer::sum);
            open = connections.size();
            counters.increment(TransportCounter.CONNECTIONS_ACCEPTED);
        } catch (IOException e) {
            counters.increment(TransportCounter.RECEIVE_ERRORS);
            closeQuietly(channel);
        }
    }

    private TransportCounter refusal(InetAddress source) {
        if (connections.size() >= settings.maxConnections()) {
            return TransportCounter.REFUSED_TOTAL_LIMIT;
        }
        int fromSource = perAddress.getOrDefault(source, 0);
        return fromSource >= settings.maxConnectionsPerAddress() ? TransportCounter.REFUSED_ADDRESS_LIMIT : null;
    }

    /** I/O thread: hands one complete frame to the sink; the sink's exceptions are counted, never thrown. */
    void deliver(byte[] array, int offset, int length, TcpConnection connection) {
        counters.increment(TransportCounter.PACKETS_RECEIVED);
        counters.add(TransportCounter.BYTES_RECEIVED, length);
        try {
            sink.receive(packet.wrap(array, offset, length, connection.remote()), connection);
        } catch (RuntimeException e) {
            counters.increment(TransportCounter.SINK_ERRORS);
            long occurrence = counters.get(TransportCounter.SINK_ERRORS);
            if (TransportCounters.worthLogging(occurrence)) {
                LOG.warn("Media ICE-TCP port {}: sink failed, #{}", port, occurrence, e);
            }
        }
    }

    /** I/O thread: a frame's LENGTH was refused, so the stream cannot be followed any further. */
    void framingError(TcpConnection connection, int refusedLength) {
        counters.increment(TransportCounter.FRAMING_ERRORS);
        LOG.debug("Closing {}: RFC 4571 frame length {} outside 1..{}", connection, refusedLength,
                Rfc4571Reader.MAX_FRAME_BYTES);
        closeConnection(connection, TransportCounter.CLOSED_OTHER);
    }

    private void housekeeping() {
        long now = clock.getAsLong();
        if (!closeRequested && now < nextHousekeepingMillis) {
            return;
        }
        closeRequested = false;
        nextHousekeepingMillis = now + HOUSEKEEPING_MILLIS;
        for (int i = connections.size() - 1; i >= 0; i--) {
            TcpConnection connection = connections.get(i);
            TransportCounter reason = connection.closeReason(now, settings);
            if (reason != null) {
                closeConnection(connection, reason);
            }
        }
    }

    /** I/O thread: closes one connection, counts why, and tells the sink. */
    void closeConnection(TcpConnection connection, TransportCounter reason) {
        if (connection.isClosed()) {
            return;
        }
        connection.closeChannel();
        connections.remove(connection);
        perAddress.computeIfPresent(connection.remote().getAddress(), (address, n) -> n == 1 ? null : n - 1);
        open = connections.size();
        counters.increment(reason);
        try {
            sink.closed(connection);
        } catch (RuntimeException e) {
            counters.increment(TransportCounter.SINK_ERRORS);
            LOG.warn("Media ICE-TCP port {}: sink failed on close of {}", port, connection, e);
        }
    }

    /** Any thread: a connection asked to be closed; the I/O thread does it at once. */
    void closeRequested() {
        closeRequested = true;
        wakeUp();
    }

    void wakeUp() {
        selector.wakeup();
    }

    BufferPool pool() {
        return pool;
    }

    private void shutDown() {
        for (int i = connections.size() - 1; i >= 0; i--) {
            closeConnection(connections.get(i), TransportCounter.CLOSED_OTHER);
        }
        closeQuietly(server);
        closeQuietly(selector);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("Closing {}", closeable, e);
        }
    }

    /** Stops the I/O thread, which closes every connection (telling the sink) and the listening socket. */
    @Override
    public void close() {
        running = false;
        selector.wakeup();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The bound port (the real one when 0 was asked). */
    public int port() {
        return port;
    }

    /** Connections open right now. */
    public int openConnections() {
        return open;
    }

    public TransportCounters counters() {
        return counters;
    }

    public boolean isRunning() {
        return thread.isAlive();
    }
}
