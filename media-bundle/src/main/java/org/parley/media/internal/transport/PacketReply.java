package org.parley.media.internal.transport;

import java.net.SocketAddress;

/**
 * The way back to a peer on the transport a packet arrived on: the shared UDP port (one object for the whole port)
 * or one ICE-TCP connection (one object per connection, for the connection's life). A sink may keep it together
 * with the packet's source as the endpoint's path once ICE binds that 5-tuple; {@code (reply, source)} is then the
 * 5-tuple, because a TCP connection and a UDP sender may show equal addresses.
 *
 * <p>Threading: every method may be called from any thread (the I/O thread of another endpoint that routes a
 * packet here, a DTLS handshake thread); sends on one TCP connection are serialised by the connection, sends on
 * the UDP port go straight to the socket. {@link #send} copies the bytes before returning and allocates nothing.
 */
public interface PacketReply {
    /**
     * Sends {@code array[offset, offset + length)} to {@code destination}: a datagram on UDP; on TCP an RFC 4571
     * frame on this connection, whose single peer {@code destination} must be. Failures are counted, never thrown.
     *
     * @return false when the packet was dropped (socket error, TCP send queue full, connection closed)
     */
    boolean send(byte[] array, int offset, int length, SocketAddress destination);

    /**
     * Tells the transport that a valid ICE check (an authenticated STUN Binding request) arrived on this path: an
     * ICE-TCP connection leaves its probation and is no longer closed for want of one. Nothing on UDP.
     */
    void confirm();

    /**
     * Ends this path: closes an ICE-TCP connection (asynchronously, on its I/O thread, which then tells the sink
     * {@link PacketSink#closed}) or a {@link #dedicated} UDP socket (whose later sends go out through the shared
     * port); nothing on the shared UDP port itself, which every peer uses.
     */
    void disconnect();

    TransportKind kind();

    /**
     * A path of this transport for {@code peer} alone, asked for when ICE binds a leg to the 5-tuple
     * {@code (this, peer)}: the shared UDP port opens a socket connected to the peer, whose datagrams then need no
     * source address decoded and whose sends no address looked up ({@link UdpPeer}). Every other path, and the UDP
     * port when the kernel refuses (counted), returns itself. A path other than this one belongs to the caller, who
     * ends it with {@link #disconnect()} when the leg leaves that 5-tuple.
     */
    default PacketReply dedicated(SocketAddress peer) {
        return this;
    }

    /** False once this path is closed (a dedicated UDP socket disconnected, an ICE-TCP connection closed). */
    default boolean isOpen() {
        return true;
    }
}
