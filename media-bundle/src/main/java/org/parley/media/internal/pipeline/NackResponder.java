package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtcp.GenericNack;
import org.parley.media.internal.rtcp.RtcpCompound;
import org.parley.media.internal.rtcp.RtcpHeader;
import org.parley.media.internal.rtcp.RtcpRefusal;

/**
 * Receive pipeline of a receiver's transport, after {@link RtcpParseNode}: answers the receiver's generic NACKs
 * (RFC 4585 §6.2.1) for the streams the SFU sends it by re-sending the packets from their
 * {@link RetransmissionBuffer}s, each at most once per round trip (the smoothed RTT of the leg's
 * {@link RoundTripEstimator}, {@link #DEFAULT_INTERVAL_NANOS} before the first sample, never below
 * {@link #MIN_INTERVAL_NANOS}). Re-sent packets are already encrypted (see {@link RetransmissionStore}), so
 * {@code toReceiver} must hand them to the leg's transport as they are, not to the send pipeline.
 *
 * <p>NACKs for an SSRC the SFU does not send on this leg, or for a stream without NACK, are counted and ignored; a
 * NACK never reaches a sender (the SFU repairs each leg itself and asks senders on its own, receive side). Passes
 * every packet, so later nodes see the same compound. Not thread-safe: the conference's thread; allocates nothing.
 */
public final class NackResponder extends RtcpCompoundNode {
    /** The retransmission interval before the first round-trip sample: a typical intercontinental RTT. */
    public static final long DEFAULT_INTERVAL_NANOS = 100_000_000L;
    /** Below this, a NACK repeated by the receiver's timer would find its retransmission still in flight. */
    public static final long MIN_INTERVAL_NANOS = 5_000_000L;

    private final OutgoingStreams streams;
    private final RoundTripEstimator roundTrip;
    private final PacketOutput toReceiver;
    private final GenericNack nack = new GenericNack();
    private long nacks;
    private long unknownStream;

    public NackResponder(OutgoingStreams streams, RoundTripEstimator roundTrip, PacketOutput toReceiver) {
        super("nack-responder");
        this.streams = streams;
        this.roundTrip = roundTrip;
        this.toReceiver = toReceiver;
    }

    @Override
    void take(RtcpCompound compound, long arrivalNanos) {
        if (compound.packetType() == RtcpHeader.RTPFB && compound.count() == GenericNack.FORMAT
                && nack.wrap(compound.array(), compound.packetOffset(), compound.packetLength()) == RtcpRefusal.NONE) {
            answer(arrivalNanos);
        }
    }

    private void answer(long nowNanos) {
        nacks++;
        OutgoingStream stream = streams.bySsrc(nack.mediaSsrc());
        RetransmissionBuffer buffer = stream == null ? null : stream.retransmissions();
        if (buffer == null) {
            unknownStream++;
            return;
        }
        long interval = interval();
        for (int lost = nack.nextLost(); lost >= 0; lost = nack.nextLost()) {
            buffer.resend(lost, nowNanos, interval, toReceiver);
        }
    }

    private long interval() {
        long smoothed = roundTrip.smoothedNanos();
        return smoothed < 0 ? DEFAULT_INTERVAL_NANOS : Math.max(MIN_INTERVAL_NANOS, smoothed);
    }

    /** Generic NACK packets received. */
    public long nacks() {
        return nacks;
    }

    /** NACKs about an SSRC the SFU does not send here, or a stream without a retransmission buffer. */
    public long unknownStream() {
        return unknownStream;
    }
}
