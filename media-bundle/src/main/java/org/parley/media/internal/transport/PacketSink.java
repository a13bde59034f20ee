package org.parley.media.internal.transport;

/**
 * Where the media sockets hand every received packet: the shared UDP port's datagrams and the ICE-TCP
 * connections' RFC 4571 frames alike. Implemented by the layer that owns the endpoints (ICE, DTLS, SRTP routing).
 *
 * <p>Threading: called on the receiving port's I/O thread, one packet at a time per port (the UDP port and the
 * ICE-TCP port have a thread each, so an implementation sees two threads). The packet is a view over a pooled
 * buffer that goes back to the pool when the call returns: a sink that keeps bytes (a DTLS record for the
 * handshake thread) copies them. The sink may grow the packet in place up to {@link BufferPool#BUFFER_BYTES} from
 * its offset. It must not block, and should not throw: an exception is counted and the loop goes on.
 */
@FunctionalInterface
public interface PacketSink {
    /** One packet from {@code packet.source()}; answer through {@code reply}, or keep {@code reply} as the path. */
    void receive(Packet packet, PacketReply reply);

    /** The path is gone (an ICE-TCP connection closed): forget any 5-tuple bound to it. Same I/O thread. */
    default void closed(PacketReply path) {
    }
}
