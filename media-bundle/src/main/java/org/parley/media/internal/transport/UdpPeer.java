package org.parley.media.internal.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One peer's own socket on the shared UDP port ({@link UdpPort#dedicated}): bound beside the shared socket with
 * {@code SO_REUSEPORT} and connected to the peer, so the kernel queues that peer's datagrams here. Reading one
 * decodes no source address (the port hands the sink {@link #remote()}, the same object every time) and writing one
 * looks no destination up: neither allocates, whatever the number of peers.
 *
 * <p>Sends: to the peer through the connected socket; once {@link #disconnect() disconnected}, or to any other
 * destination, through the shared port, so a leg still holding this path after it closed keeps working.
 *
 * <p>Threading: reads on the port's I/O thread; {@link #send} and {@link #disconnect} from any thread.
 */
public final class UdpPeer implements PacketReply {
    private final UdpPort port;
    private final DatagramChannel channel;
    private final InetSocketAddress remote;
    private final AtomicBoolean closed = new AtomicBoolean();

    UdpPeer(UdpPort port, DatagramChannel channel, InetSocketAddress remote) {
        this.port = port;
        this.channel = channel;
        this.remote = remote;
    }

    @Override
    public boolean send(byte[] array, int offset, int length, SocketAddress destination) {
        if (closed.get() || destination != remote && !remote.equals(destination)) {
            return port.send(array, offset, length, destination);
        }
        ByteBuffer out = port.sendBuffer();
        out.clear();
        out.put(array, offset, length).flip();
        try {
            channel.write(out);
        } catch (ClosedChannelException e) {
            return port.send(array, offset, length, destination); // disconnected meanwhile
        } catch (IOException | RuntimeException e) {
            // IOException: PortUnreachableException, an ICMP error a connected socket reports (the browser left).
            port.sendFailed(e);
            return false;
        }
        port.sent(length, true);
        return true;
    }

    /** I/O thread: reads one datagram into {@code target}; 0 when none is queued (or it was empty). */
    int read(ByteBuffer target) throws IOException {
        return channel.read(target);
    }

    /** Nothing to confirm on UDP. */
    @Override
    public void confirm() {
    }

    /** Closes the socket (the kernel then hands the peer's datagrams to the shared one). Idempotent. */
    @Override
    public void disconnect() {
        if (closed.compareAndSet(false, true)) {
            UdpSockets.closeQuietly(channel);
            port.peerClosed();
        }
    }

    /** Already this peer's own path (or, for another address, the port's answer). */
    @Override
    public PacketReply dedicated(SocketAddress peer) {
        return peer == remote || remote.equals(peer) ? this : port.dedicated(peer);
    }

    @Override
    public boolean isOpen() {
        return !closed.get();
    }

    @Override
    public TransportKind kind() {
        return TransportKind.UDP;
    }

    /** The peer's address: the source of every packet read here, one object for the socket's life. */
    public InetSocketAddress remote() {
        return remote;
    }

    DatagramChannel channel() {
        return channel;
    }

    @Override
    public String toString() {
        return "UdpPeer[" + remote + "]";
    }
}
