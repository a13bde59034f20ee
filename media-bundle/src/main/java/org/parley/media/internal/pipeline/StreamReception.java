package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtcp.ReportBlock;
import org.parley.media.internal.rtp.SequenceNumberUnwrapper;

/**
 * Reception statistics of one RTP stream from the participant (RFC 3550 Appendix A): extended highest sequence
 * number (A.1), expected and lost packets and the fraction lost per report interval (A.3), interarrival jitter in
 * timestamp units (A.8, the integer form scaled by 16), and the last sender report's compact NTP time and arrival
 * for LSR/DLSR (§6.4.1). Everything a report block about the stream needs; {@link #fillReportBlock} writes one.
 *
 * <p>Simplification of A.1: no probation and no resynchronisation on a jump; a new SSRC (or stream restart) gets a
 * new {@link #restart}. Duplicates count as received, so the cumulative loss may go negative, as §6.4.1 allows.
 * Not thread-safe: the conference's thread; allocates nothing after construction.
 */
public final class StreamReception {
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** The cumulative loss field is a signed 24-bit number (RFC 3550 §6.4.1). */
    static final int MAX_CUMULATIVE_LOST = 0x7F_FFFF;
    static final int MIN_CUMULATIVE_LOST = -0x80_0000;
    static final int FRACTION_SHIFT = 8;
    /** A.8's integer form keeps the jitter times 16 and rounds when dividing by 16. */
    static final int JITTER_SCALE_SHIFT = 4;
    static final int JITTER_ROUNDING = 8;
    /** DLSR unit: 1/65536 s (RFC 3550 §6.4.1). */
    static final int DLSR_SHIFT = 16;

    private final SequenceNumberUnwrapper unwrapper = new SequenceNumberUnwrapper();
    private int ssrc;
    private int clockRate;
    private boolean following;
    private boolean started;
    private long baseSequence;
    private long received;
    private long expectedPrior;
    private long receivedPrior;
    private long firstArrivalNanos;
    private int lastTransit;
    private long scaledJitter;
    private long lastSenderReport;
    private long lastSenderReportNanos;

    /** Starts over for stream {@code newSsrc} with clock rate {@code rate}: nothing received yet. */
    void restart(int newSsrc, int rate) {
        ssrc = newSsrc;
        clockRate = rate;
        following = true;
        started = false;
        unwrapper.reset();
        received = 0;
        expectedPrior = 0;
        receivedPrior = 0;
        scaledJitter = 0;
        lastSenderReport = 0;
        lastSenderReportNanos = 0;
    }

    /** Records an RTP packet with sequence number {@code sequence} and RTP {@code timestamp}. */
    void onPacket(int sequence, long timestamp, long arrivalNanos) {
        long index = unwrapper.unwrap(sequence);
        int arrival = (int) rtpUnits(arrivalNanos);
        int transit = arrival - (int) timestamp;
        if (!started) {
            started = true;
            baseSequence = index;
            firstArrivalNanos = arrivalNanos;
        } else {
            int difference = Math.abs(transit - lastTransit);
            scaledJitter += difference - (scaledJitter + JITTER_ROUNDING >> JITTER_SCALE_SHIFT);
        }
        lastTransit = transit;
        received++;
    }

    /** The arrival time in timestamp units since the first packet, without overflow for any meeting length. */
    private long rtpUnits(long arrivalNanos) {
        long elapsed = started ? arrivalNanos - firstArrivalNanos : 0;
        return elapsed / NANOS_PER_SECOND * clockRate + elapsed % NANOS_PER_SECOND * clockRate / NANOS_PER_SECOND;
    }

    /** Records a sender report of this stream (its NTP time's middle 32 bits) that arrived at {@code nanos}. */
    void onSenderReport(long compactNtp, long nanos) {
        lastSenderReport = compactNtp & 0xFFFF_FFFFL;
        lastSenderReportNanos = nanos;
    }

    /** Whether this reception was restarted for {@code candidate} (and not for another SSRC since). */
    boolean follows(int candidate) {
        return following && ssrc == candidate;
    }

    public int ssrc() {
        return ssrc;
    }

    /** Whether at least one packet was received since the last restart. */
    public boolean started() {
        return started;
    }

    /** Cycles in the high 16 bits, highest sequence number in the low 16 (unsigned 32 bits; A.1). */
    public long extendedHighestSequence() {
        return started ? unwrapper.highest() & 0xFFFF_FFFFL : 0;
    }

    /** Packets expected from the first to the highest sequence number (A.3). */
    public long expected() {
        return started ? unwrapper.highest() - baseSequence + 1 : 0;
    }

    public long received() {
        return received;
    }

    /** Expected minus received; negative after duplicates. */
    public long lost() {
        return expected() - received;
    }

    /** {@link #lost()} clamped to the 24-bit field of a report block. */
    public int cumulativeLost() {
        return (int) Math.max(MIN_CUMULATIVE_LOST, Math.min(MAX_CUMULATIVE_LOST, lost()));
    }

    /** Interarrival jitter in timestamp units (A.8). */
    public long jitter() {
        return scaledJitter >> JITTER_SCALE_SHIFT;
    }

    /** Interarrival jitter in milliseconds. */
    public double jitterMillis() {
        return clockRate == 0 ? 0 : jitter() * 1000.0 / clockRate;
    }

    /** The middle 32 bits of the last sender report's NTP time (LSR), or 0 before the first. */
    public long lastSenderReport() {
        return lastSenderReport;
    }

    /** The delay since the last sender report in 1/65536 s (DLSR), or 0 before the first. */
    public long delaySinceLastSenderReport(long nowNanos) {
        if (lastSenderReport == 0) {
            return 0;
        }
        long delay = Math.max(0, nowNanos - lastSenderReportNanos);
        return (delay << DLSR_SHIFT) / NANOS_PER_SECOND & 0xFFFF_FFFFL;
    }

    /**
     * The fraction of packets lost since the previous call, in 1/256 (A.3), and starts the next interval: call
     * once per report sent about this stream.
     */
    public int takeFractionLost() {
        long expected = expected();
        long expectedInterval = expected - expectedPrior;
        long receivedInterval = received - receivedPrior;
        expectedPrior = expected;
        receivedPrior = received;
        long lostInterval = expectedInterval - receivedInterval;
        if (expectedInterval == 0 || lostInterval <= 0) {
            return 0;
        }
        return (int) ((lostInterval << FRACTION_SHIFT) / expectedInterval);
    }

    /** Fills {@code block} with this stream's report as of {@code nowNanos}; starts the next loss interval. */
    public ReportBlock fillReportBlock(ReportBlock block, long nowNanos) {
        block.ssrc = ssrc;
        block.fractionLost = takeFractionLost();
        block.cumulativeLost = cumulativeLost();
        block.highestSequence = extendedHighestSequence();
        block.jitter = jitter();
        block.lastSr = lastSenderReport;
        block.delaySinceLastSr = delaySinceLastSenderReport(nowNanos);
        return block;
    }
}
