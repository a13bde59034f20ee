package org.parley.media.internal.pipeline;

/**
 * Send pipeline, after {@link SrtpEncryptNode}: keeps a copy of each RTP packet of a stream whose receiver
 * negotiated NACK in that stream's {@link RetransmissionBuffer}, under the sequence number the receiver sees.
 *
 * <p>Why the encrypted packet: without RTX (RFC 4588, not negotiated yet) a retransmission repeats the packet's
 * SSRC and sequence number (RFC 4585 §6.2.1 leaves the repair to the sender), so it has the same SRTP index. The
 * outbound context refuses to protect an index twice (as libsrtp does: with AES-GCM, sealing a changed header under
 * the same IV would leak the authentication key), and re-sending the very bytes already sent is what a correct
 * re-encryption would give anyway. So the buffer keeps what went on the wire and {@link NackResponder} hands it
 * straight to the transport. Once RTX is negotiated, this node moves before the encryptor and retransmissions get
 * the RTX stream's numbers.
 *
 * <p>Passes every packet. Not thread-safe: one per receiver's send pipeline, under the conference's lock.
 */
public final class RetransmissionStore extends Node {
    private final OutgoingStreams streams;

    public RetransmissionStore(OutgoingStreams streams) {
        super("retransmission-store");
        this.streams = streams;
    }

    @Override
    protected boolean process(PacketContext context) {
        RetransmissionBuffer buffer = context.rtcp ? null : streams.retransmissions(context.stream);
        if (buffer != null) {
            buffer.store(context.packet.array(), context.packet.offset(), context.packet.length(),
                    context.sequenceNumber, context.arrivalNanos);
        }
        return true;
    }
}
