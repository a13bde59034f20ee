package org.parley.media.internal.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One accepted ICE-TCP connection (RFC 6544 passive candidate): its non-blocking channel, the RFC 4571 reader of
 * its inbound stream, and its outbound queue of framed packets.
 *
 * <p>The remote address is read once at accept and is the {@link Packet#source()} of every frame, so the same
 * object stands for the connection for its whole life.
 *
 * <p>Threading: reading, housekeeping and closing happen on the port's I/O thread only. {@link #send} may come from
 * any thread; the queue and the channel's writes are serialised by this connection's own lock (never shared with
 * another connection, so never with another meeting). A send appends one frame to the queue and writes what the
 * kernel takes without blocking; the rest is written by the I/O thread when the socket becomes writable. A full
 * queue drops the packet, so a stalled reader cannot stall the thread that routes to it.
 */
final class TcpConnection implements PacketReply, Rfc4571Reader.FrameHandler {
    /** Largest payload RFC 4571's 16-bit LENGTH can frame. */
    private static final int MAX_LENGTH = 0xFFFF;

    private final IceTcpPort port;
    private final SocketChannel channel;
    private final InetSocketAddress remote;
    private final Rfc4571Reader reader;
    private final ByteBuffer sendQueue;
    private final ReentrantLock sendLock = new ReentrantLock();
    private final long acceptedMillis;
    private SelectionKey key;
    private boolean writePending;
    private long lastReceiveMillis;
    private volatile boolean confirmed;
    private volatile boolean disconnectRequested;
    private volatile boolean closed;

    TcpConnection(IceTcpPort port, SocketChannel channel, InetSocketAddress remote, int sendQueueBytes,
                  long nowMillis) {
        this.port = port;
        this.channel = channel;
        this.remote = remote;
        this.reader = new Rfc4571Reader(port.pool());
        this.sendQueue = ByteBuffer.allocateDirect(sendQueueBytes);
        this.acceptedMillis = nowMillis;
        this.lastReceiveMillis = nowMillis;
    }

    void registered(SelectionKey selectionKey) {
        this.key = selectionKey;
    }

    /** I/O thread: reads what is there into the port's buffer and hands out the complete frames. */
    void onReadable(ByteBuffer readBuffer, long nowMillis) throws IOException {
        readBuffer.clear();
        int read = channel.read(readBuffer);
        if (read < 0) {
            port.closeConnection(this, TransportCounter.CLOSED_OTHER);
            return;
        }
        lastReceiveMillis = nowMillis;
        readBuffer.flip();
        if (!reader.read(readBuffer, this)) {
            port.framingError(this, reader.refusedLength());
        }
    }

    @Override
    public void frame(byte[] array, int offset, int length) {
        port.deliver(array, offset, length, this);
    }

    @Override
    public boolean send(byte[] array, int offset, int length, SocketAddress destination) {
        boolean toPeer = destination == remote || remote.equals(destination);
        if (closed || !toPeer || length > MAX_LENGTH) {
            port.counters().increment(TransportCounter.SEND_ERRORS);
            return false;
        }
        sendLock.lock();
        try {
            if (sendQueue.remaining() < Rfc4571Reader.LENGTH_BYTES + length) {
                port.counters().increment(TransportCounter.SEND_QUEUE_FULL);
                return false;
            }
            sendQueue.putShort((short) length).put(array, offset, length);
            if (!writePending) {
                flushLocked();
            }
        } finally {
            sendLock.unlock();
        }
        port.counters().increment(TransportCounter.PACKETS_SENT);
        port.counters().add(TransportCounter.BYTES_SENT, length);
        return true;
    }

    /** I/O thread: the socket can take more of the queue. */
    void onWritable() {
        sendLock.lock();
        try {
            flushLocked();
        } finally {
            sendLock.unlock();
        }
    }

    /** Writes what the kernel takes; asks the I/O thread to watch for writability while something is left. */
    private void flushLocked() {
        try {
            sendQueue.flip();
            channel.write(sendQueue);
            sendQueue.compact();
            boolean left = sendQueue.position() > 0;
            if (left != writePending) {
                writePending = left;
                key.interestOps(left ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
                port.wakeUp();
            }
        } catch (IOException | CancelledKeyException e) {
            sendQueue.clear();
            port.counters().increment(TransportCounter.SEND_ERRORS);
            disconnect();
        }
    }

    @Override
    public void confirm() {
        confirmed = true;
    }

    @Override
    public void disconnect() {
        disconnectRequested = true;
        port.closeRequested();
    }

    @Override
    public TransportKind kind() {
        return TransportKind.TCP;
    }

    /** I/O thread: why this connection must close now, or null to keep it. */
    TransportCounter closeReason(long nowMillis, IceTcpSettings settings) {
        if (disconnectRequested) {
            return TransportCounter.CLOSED_OTHER;
        }
        if (!confirmed && nowMillis - acceptedMillis >= settings.probationMillis()) {
            return TransportCounter.CLOSED_UNCONFIRMED;
        }
        return nowMillis - lastReceiveMillis >= settings.idleMillis() ? TransportCounter.CLOSED_IDLE : null;
    }

    /** I/O thread, once: closes the channel and gives a half-read frame's buffer back. */
    void closeChannel() {
        closed = true;
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing left to do with a channel that fails to close; the port counts the close itself.
        }
        reader.release();
    }

    InetSocketAddress remote() {
        return remote;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isOpen() {
        return !closed;
    }

    @Override
    public String toString() {
        return "TcpConnection[" + remote + "]";
    }
}
