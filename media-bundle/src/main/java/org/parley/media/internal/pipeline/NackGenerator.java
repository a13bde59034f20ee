package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtcp.GenericNack;
import org.parley.media.internal.rtcp.RtcpHeader;

/**
 * Asks the participant to retransmit the video packets that did not arrive: watches the sequence numbers of each
 * camera and screen stream ({@link MissingPackets}) and sends generic NACKs (RFC 4585 §6.2.1) through a
 * {@link PacketOutput} as soon as a gap appears, then again on {@link #onTick} for numbers still missing, spaced by
 * the round-trip time ({@link #DEFAULT_SPACING_NANOS} before one is known, never below
 * {@link #MIN_SPACING_NANOS}), at most {@link #MAX_REQUESTS} times each. RTX packets (RFC 4588) mark the number
 * they repair as arrived. Audio is not NACKed (Opus has in-band FEC; a late audio packet is useless). Passes every
 * packet.
 *
 * <p>Not thread-safe: the conference's thread. A stream's history (about 10 KB) is made on its first video packet
 * and reused; nothing is allocated per packet.
 */
public final class NackGenerator extends Node {
    static final int MAX_REQUESTS = 4;
    static final long DEFAULT_SPACING_NANOS = 100_000_000L;
    static final long MIN_SPACING_NANOS = 20_000_000L;
    /** Lost numbers per NACK packet: 64 at most, in up to 64 PID/BLP entries. */
    static final int LOST_PER_NACK = 64;
    private static final int NACK_ENTRY_LENGTH = 4;

    private final MissingPackets[] histories = new MissingPackets[StreamTable.MAX_STREAMS];
    private final int[] lost = new int[LOST_PER_NACK];
    private final byte[] nack = new byte[RtcpHeader.FEEDBACK_HEADER_LENGTH + LOST_PER_NACK * NACK_ENTRY_LENGTH];
    private final StreamTable streams;
    private final RoundTripEstimator roundTrip;
    private final PacketOutput output;
    private final int senderSsrc;
    private long nacksSent;
    private long numbersRequested;

    /** @param senderSsrc the SFU's RTCP SSRC on this leg, the NACKs' packet sender */
    public NackGenerator(StreamTable streams, RoundTripEstimator roundTrip, int senderSsrc, PacketOutput output) {
        super("nack-generator");
        this.streams = streams;
        this.roundTrip = roundTrip;
        this.senderSsrc = senderSsrc;
        this.output = output;
    }

    @Override
    protected boolean process(PacketContext context) {
        int stream = context.stream;
        if (context.rtcp || stream < 0 || !streams.isVideo(stream)) {
            return true;
        }
        if (streams.isRtx(stream)) {
            MissingPackets repaired = current(streams.repairedStream(stream));
            if (repaired != null && context.originalSequenceNumber >= 0) {
                repaired.onRepair(context.originalSequenceNumber);
            }
            return true;
        }
        MissingPackets history = follow(stream);
        if (history.onPacket(context.sequenceNumber) > 0) {
            request(history, context.arrivalNanos);
        }
        return true;
    }

    /** Asks again for the numbers still missing whose spacing has passed; the leg's timer calls it. */
    public void onTick(long nowNanos) {
        for (int stream = 0; stream < histories.length; stream++) {
            MissingPackets history = current(stream);
            if (history != null && history.missingCount() > 0) {
                request(history, nowNanos);
            }
        }
    }

    private MissingPackets follow(int stream) {
        MissingPackets history = histories[stream];
        if (history == null) {
            history = new MissingPackets();
            histories[stream] = history;
        }
        if (!history.follows(streams.ssrc(stream))) {
            history.restart(streams.ssrc(stream));
        }
        return history;
    }

    /** The history of a signalled video media stream, or null when it has none for the stream's SSRC. */
    private MissingPackets current(int stream) {
        if (stream < 0 || !streams.active(stream) || streams.isRtx(stream) || !streams.isVideo(stream)) {
            return null;
        }
        MissingPackets history = histories[stream];
        return history != null && history.follows(streams.ssrc(stream)) ? history : null;
    }

    private void request(MissingPackets history, long nowNanos) {
        long rtt = roundTrip.smoothedNanos();
        long spacing = rtt < 0 ? DEFAULT_SPACING_NANOS : Math.max(MIN_SPACING_NANOS, rtt);
        int count;
        do {
            count = history.collectDue(nowNanos, spacing, MAX_REQUESTS, lost, LOST_PER_NACK);
            if (count > 0) {
                int length = GenericNack.write(nack, 0, senderSsrc, history.ssrc(), lost, count);
                output.send(nack, 0, length);
                nacksSent++;
                numbersRequested += count;
            }
        } while (count == LOST_PER_NACK);
    }

    /** NACK packets sent. */
    public long nacksSent() {
        return nacksSent;
    }

    /** Sequence numbers requested, counting each request. */
    public long numbersRequested() {
        return numbersRequested;
    }
}
