package org.parley.media.internal.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared media UDP port (issue 7, items 1 and 8): one socket every peer's ICE checks reach, a connected socket
 * per peer ICE bound ({@link #dedicated}, {@link UdpPeer}), and one daemon I/O thread, {@code media-udp-<port>},
 * running a {@link Selector} over all of them. Each datagram is read into a buffer of the thread's
 * {@link BufferPool} and handed to the {@link PacketSink} as a {@link Packet}, with the socket it came on as the
 * {@link PacketReply}; the buffer goes back when the sink returns.
 *
 * <p>Why connected sockets: the JDK's {@code DatagramChannel.receive} decodes a new {@code InetSocketAddress}
 * whenever the sender differs from the previous datagram's (it caches one), 128–152 bytes a datagram once two
 * browsers send interleaved. A connected socket is read with {@code read}, which decodes nothing; the source is the
 * peer's one address object. The selector is run with {@code select(Consumer)} (no selected-key set, no iterator)
 * and each key's attachment is its peer, so neither reads nor sends allocate. Datagrams of a peer that were queued
 * on the shared socket before its own was connected still arrive there, with a decoded address.
 *
 * <p>Errors: a failed read, a datagram that filled the whole buffer (possibly truncated) and an exception from the
 * sink are counted and the loop goes on; a failed send is counted and reported as {@code false}. A peer socket the
 * kernel refuses (no {@code SO_REUSEPORT}) is counted, logged once, and the peer stays on the shared socket.
 *
 * <p>Lifecycle: {@link #open} binds and starts the thread; {@link #close} stops it, which closes every socket.
 * Thread-safe: send and ask for peer sockets from any thread (new ones are registered on the I/O thread).
 */
public final class UdpPort implements PacketReply, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UdpPort.class);
    private static final long JOIN_MILLIS = 5_000;
    /** Datagrams read from one ready socket before the others get their turn. */
    private static final int READS_PER_TURN = 32;
    /** Kernel buffers of a peer socket: one browser's media, not the whole port's. */
    private static final int PEER_BUFFER_BYTES = 1 << 20;

    private final DatagramChannel channel;
    private final Selector selector;
    private final boolean reusePort;
    private final int peerBufferBytes;
    private final PacketSink sink;
    private final BufferPool pool;
    private final InetSocketAddress local;
    private final TransportCounters counters = new TransportCounters();
    private final ThreadLocal<ByteBuffer> sendBuffers =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(BufferPool.BUFFER_BYTES));
    private final Queue<UdpPeer> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger openPeers = new AtomicInteger();
    private final AtomicBoolean fallbackLogged = new AtomicBoolean();
    private final Consumer<SelectionKey> onReady = this::onReady;
    private final Packet packet = new Packet();
    private final Thread thread;
    private volatile boolean closed;
    private byte[] wrapped;
    private ByteBuffer receiveBuffer;

    private UdpPort(DatagramChannel channel, Selector selector, int bufferBytes, PacketSink sink, int poolCapacity)
            throws IOException {
        this.channel = channel;
        this.selector = selector;
        this.reusePort = UdpSockets.reusePortSupported(channel);
        this.peerBufferBytes = Math.min(bufferBytes, PEER_BUFFER_BYTES);
        this.sink = sink;
        this.pool = new BufferPool(poolCapacity);
        this.local = (InetSocketAddress) channel.getLocalAddress();
        this.thread = new Thread(this::run, "media-udp-" + local.getPort());
        thread.setDaemon(true);
    }

    /**
     * Binds {@code bindAddress} (port 0 = any free port, for tests) and starts the I/O thread.
     *
     * @param socketBufferBytes asked for as {@code SO_RCVBUF} and {@code SO_SNDBUF}; the kernel may grant less
     *                          (Linux caps it at {@code net.core.rmem_max}/{@code wmem_max}), which is logged
     * @param poolCapacity      buffers the I/O thread keeps (1 is enough while the sink copies what it keeps)
     * @throws IOException when the address cannot be bound
     */
    public static UdpPort open(InetSocketAddress bindAddress, int socketBufferBytes, int poolCapacity,
                               PacketSink sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        DatagramChannel channel = UdpSockets.openShared(bindAddress, socketBufferBytes);
        Selector selector = null;
        try {
            selector = Selector.open();
            channel.register(selector, SelectionKey.OP_READ);
            UdpPort udp = new UdpPort(channel, selector, socketBufferBytes, sink, poolCapacity);
            udp.thread.start();
            LOG.info("Media UDP port listening on {}", udp.local);
            return udp;
        } catch (IOException | RuntimeException e) {
            channel.close();
            if (selector != null) {
                selector.close();
            }
            throw e;
        }
    }

    private void run() {
        try {
            while (!closed) {
                selector.select(onReady);
                registerPending();
            }
        } catch (ClosedSelectorException e) {
            closed = true;
        } catch (IOException | RuntimeException e) {
            LOG.error("Media UDP port {} stopped", local.getPort(), e);
        } finally {
            shutDown();
        }
    }

    private void onReady(SelectionKey key) {
        UdpPeer peer = (UdpPeer) key.attachment();
        DatagramChannel from = peer == null ? channel : peer.channel();
        for (int i = 0; i < READS_PER_TURN && key.isValid(); i++) {
            if (!receive(from, peer)) {
                return;
            }
        }
    }

    /**
     * One datagram from {@code from}: read on a peer's connected socket ({@code peer} given), no address decoded;
     * received with its source decoded by the JDK on the shared socket (or a new peer socket's early queue, which
     * is delivered as the shared socket's). False when none was queued or the read failed.
     */
    private boolean receive(DatagramChannel from, UdpPeer peer) {
        byte[] buffer = pool.take();
        try {
            ByteBuffer target = wrapping(buffer);
            target.clear();
            if (peer != null) {
                int length = peer.read(target);
                if (length > 0) {
                    counters.increment(TransportCounter.PEER_PACKETS_RECEIVED);
                    deliver(buffer, length, peer.remote(), peer);
                }
                return length > 0;
            }
            SocketAddress source = from.receive(target);
            if (source != null) {
                deliver(buffer, target.position(), source, this);
            }
            return source != null;
        } catch (ClosedChannelException e) {
            closed |= from == channel; // a peer socket disconnected from another thread: its key is cancelled
            return false;
        } catch (IOException | RuntimeException e) {
            // The socket (a connected one reports ICMP errors: PortUnreachableException when the browser left) or a
            // JDK surprise, never the end of the loop; sink failures are caught in deliver.
            recurring(TransportCounter.RECEIVE_ERRORS, e);
            return false;
        } finally {
            pool.give(buffer);
        }
    }

    private void deliver(byte[] buffer, int length, SocketAddress source, PacketReply reply) {
        if (length == buffer.length) {
            counters.increment(TransportCounter.TRUNCATED);
            return;
        }
        counters.increment(TransportCounter.PACKETS_RECEIVED);
        counters.add(TransportCounter.BYTES_RECEIVED, length);
        try {
            sink.receive(packet.wrap(buffer, 0, length, source), reply);
        } catch (RuntimeException e) {
            recurring(TransportCounter.SINK_ERRORS, e);
        }
    }

    private ByteBuffer wrapping(byte[] buffer) {
        if (buffer != wrapped) {
            wrapped = buffer;
            receiveBuffer = ByteBuffer.wrap(buffer);
        }
        return receiveBuffer;
    }

    /**
     * I/O thread: registers the peer sockets opened since the last turn. What a new socket queued before it was
     * connected may come from any peer (the kernel spread the port's traffic over the group meanwhile), so it is
     * read with its source decoded and handed on as if it had arrived on the shared socket.
     */
    private void registerPending() {
        UdpPeer peer;
        while ((peer = pending.poll()) != null) {
            if (!peer.isOpen()) {
                continue;
            }
            try {
                while (receive(peer.channel(), null)) {
                    // Delivered as the shared socket's; the sink finds the 5-tuple bound there.
                }
                peer.channel().register(selector, SelectionKey.OP_READ, peer);
            } catch (IOException | RuntimeException e) {
                recurring(TransportCounter.RECEIVE_ERRORS, e);
                peer.disconnect();
            }
        }
    }

    /**
     * A socket connected to {@code peer} beside the shared one, for the leg ICE just bound to {@code (this, peer)};
     * this port itself when that is impossible (no {@code SO_REUSEPORT}, the bind or connect refused, the port
     * closed): counted as a fallback and logged once. Any thread; the socket is read once the I/O thread
     * registered it, its earlier datagrams arriving on the shared socket meanwhile.
     */
    @Override
    public PacketReply dedicated(SocketAddress peer) {
        if (closed || !(peer instanceof InetSocketAddress remote) || remote.isUnresolved()) {
            return this;
        }
        if (!reusePort) {
            fallback(null);
            return this;
        }
        try {
            UdpPeer own = new UdpPeer(this, UdpSockets.openConnected(local, remote, peerBufferBytes), remote);
            openPeers.incrementAndGet();
            counters.increment(TransportCounter.PEER_SOCKETS_OPENED);
            pending.add(own);
            selector.wakeup();
            return own;
        } catch (IOException | RuntimeException e) {
            fallback(e);
            return this;
        }
    }

    private void fallback(Exception e) {
        counters.increment(TransportCounter.PEER_SOCKET_FALLBACKS);
        if (fallbackLogged.compareAndSet(false, true)) {
            LOG.warn("Media UDP port {}: a peer's connected socket could not be opened, so peers share one socket "
                    + "(counted as PEER_SOCKET_FALLBACKS; not logged again)", local.getPort(), e);
        }
    }

    /** A peer socket closed (any thread): wake the selector so the kernel socket is released at once. */
    void peerClosed() {
        openPeers.decrementAndGet();
        counters.increment(TransportCounter.PEER_SOCKETS_CLOSED);
        selector.wakeup();
    }

    private void shutDown() {
        closed = true;
        for (SelectionKey key : selector.keys()) {
            if (key.attachment() instanceof UdpPeer peer) {
                peer.disconnect();
            }
        }
        UdpPeer peer;
        while ((peer = pending.poll()) != null) {
            peer.disconnect();
        }
        UdpSockets.closeQuietly(channel);
        UdpSockets.closeQuietly(selector);
    }

    private void recurring(TransportCounter counter, Exception e) {
        counters.increment(counter);
        long occurrence = counters.get(counter);
        if (TransportCounters.worthLogging(occurrence)) {
            LOG.warn("Media UDP port {}: {} #{}", local.getPort(), counter, occurrence, e);
        }
    }

    @Override
    public boolean send(byte[] array, int offset, int length, SocketAddress destination) {
        ByteBuffer out = sendBuffer();
        out.clear();
        out.put(array, offset, length).flip();
        try {
            channel.send(out, destination);
        } catch (IOException | RuntimeException e) {
            // RuntimeException: an unresolved or foreign-family destination, which the JDK refuses unchecked.
            sendFailed(e);
            return false;
        }
        sent(length, false);
        return true;
    }

    /** The calling thread's direct send buffer (a heap buffer would be copied into a temporary direct one). */
    ByteBuffer sendBuffer() {
        return sendBuffers.get();
    }

    void sent(int length, boolean throughPeer) {
        counters.increment(TransportCounter.PACKETS_SENT);
        counters.add(TransportCounter.BYTES_SENT, length);
        if (throughPeer) {
            counters.increment(TransportCounter.PEER_PACKETS_SENT);
        }
    }

    void sendFailed(Exception e) {
        recurring(TransportCounter.SEND_ERRORS, e);
    }

    /** Nothing to confirm: a datagram port has no per-peer state. */
    @Override
    public void confirm() {
    }

    /** Nothing: the shared socket is not closed for one peer ({@link #close()} ends the whole port). */
    @Override
    public void disconnect() {
    }

    @Override
    public boolean isOpen() {
        return !closed;
    }

    /** Stops the I/O thread and closes every socket; sends fail (counted) afterwards. Idempotent. */
    @Override
    public void close() {
        closed = true;
        selector.wakeup();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        UdpSockets.closeQuietly(channel);
    }

    @Override
    public TransportKind kind() {
        return TransportKind.UDP;
    }

    /** The bound port (the real one when 0 was asked). */
    public int port() {
        return local.getPort();
    }

    public InetSocketAddress localAddress() {
        return local;
    }

    public TransportCounters counters() {
        return counters;
    }

    /** Peer sockets open right now: the port holds 1 + this many sockets. */
    public int openPeers() {
        return openPeers.get();
    }

    /** The I/O thread's id, for allocation measurements. */
    long receiveThreadId() {
        return thread.getId();
    }

    /** True while the I/O thread runs (for health and tests). */
    public boolean isRunning() {
        return thread.isAlive();
    }
}
