package org.parley.media.internal.forwarding;

/**
 * Where a leg's packets to its browser go once ICE has bound the leg to a 5-tuple: a UDP send to the nominated
 * address, or an RFC 4571 framed write on the leg's ICE-TCP connection. Set with {@link Leg#bind}; until then the
 * leg is {@link #UNBOUND} and the router counts what it could not send.
 *
 * <p>Threading: {@link #send} is called on the I/O thread that routes the packet, holding the conference's lock;
 * it must not block for long, must not allocate, and copies or writes the bytes before returning (the caller
 * reuses its buffer at once).
 */
public interface LegTransport {

    /** A transport that sends nothing: the leg before ICE binds and after it closes. */
    LegTransport UNBOUND = new LegTransport() {
        @Override
        public void send(byte[] array, int offset, int length) {
            // Nothing is bound; Downlink counts the packet as not sent before it gets here.
        }

        @Override
        public String kind() {
            return null;
        }
    };

    /** Sends {@code array[offset, offset + length)} (SRTP or SRTCP, ready for the wire). */
    void send(byte[] array, int offset, int length);

    /** {@code udp} or {@code tcp}, as {@link org.parley.media.api.MediaConnection#transport()} names it. */
    String kind();
}
