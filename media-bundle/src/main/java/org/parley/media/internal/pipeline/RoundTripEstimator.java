package org.parley.media.internal.pipeline;

/**
 * The round-trip time to one participant from RTCP (RFC 3550 §6.4.1): the send side records the compact NTP time
 * (middle 32 bits) and send time of each sender report it sends; when a report block comes back naming one of them
 * as LSR, RTT = arrival - sent - DLSR. Both times are this process's {@code System.nanoTime()} scale, so no wall
 * clock is involved. Keeps the latest sample and a smoothed value (gain 1/8, as SRTT in RFC 6298 §2).
 *
 * <p>Not thread-safe: the conference's thread (SRs and RRs of a transport are sent and received there).
 */
public final class RoundTripEstimator {
    /** Sender reports remembered: several streams report about once a second each. */
    static final int REMEMBERED_REPORTS = 32;
    /** DLSR is in 1/65536 s: 10^9 / 2^16 = 1953125 / 128 ns. */
    private static final long NANOS_PER_DLSR_NUMERATOR = 1_953_125L;
    private static final int NANOS_PER_DLSR_SHIFT = 7;
    /** A negative result within this is clock rounding (DLSR's 15 µs unit); beyond it the report is bogus. */
    private static final long ROUNDING_NANOS = 1_000_000L;
    private static final int SMOOTHING_SHIFT = 3;

    private final long[] compactNtp = new long[REMEMBERED_REPORTS];
    private final long[] sentNanos = new long[REMEMBERED_REPORTS];
    private int recorded;
    private long latestNanos = -1;
    private long smoothedNanos = -1;

    /** Records a sender report sent at {@code nanos} whose NTP timestamp's middle 32 bits are {@code ntp}. */
    public void senderReportSent(long ntp, long nanos) {
        int slot = recorded % REMEMBERED_REPORTS;
        compactNtp[slot] = ntp & 0xFFFF_FFFFL;
        sentNanos[slot] = nanos;
        recorded++;
    }

    /**
     * Takes one report block's LSR and DLSR that arrived at {@code arrivalNanos}.
     *
     * @return the round-trip time it gives in nanoseconds, or -1 when LSR is 0 (no SR received yet), names no
     *     remembered SR, or the result is negative
     */
    public long onReportBlock(long lastSr, long delaySinceLastSr, long arrivalNanos) {
        if (lastSr == 0) {
            return -1;
        }
        int newest = Math.min(recorded, REMEMBERED_REPORTS);
        for (int back = 1; back <= newest; back++) {
            int slot = (recorded - back) % REMEMBERED_REPORTS;
            if (compactNtp[slot] == lastSr) {
                return sample(arrivalNanos - sentNanos[slot] - dlsrNanos(delaySinceLastSr));
            }
        }
        return -1;
    }

    private long sample(long roundTrip) {
        if (roundTrip < -ROUNDING_NANOS) {
            return -1;
        }
        long value = Math.max(0, roundTrip);
        latestNanos = value;
        smoothedNanos = smoothedNanos < 0 ? value : smoothedNanos + (value - smoothedNanos >> SMOOTHING_SHIFT);
        return value;
    }

    static long dlsrNanos(long delaySinceLastSr) {
        return (delaySinceLastSr & 0xFFFF_FFFFL) * NANOS_PER_DLSR_NUMERATOR >> NANOS_PER_DLSR_SHIFT;
    }

    /** The last sample, or -1 before the first. */
    public long latestNanos() {
        return latestNanos;
    }

    /** The smoothed round-trip time, or -1 before the first sample. */
    public long smoothedNanos() {
        return smoothedNanos;
    }
}
