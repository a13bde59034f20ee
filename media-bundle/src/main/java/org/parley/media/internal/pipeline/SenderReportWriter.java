package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtcp.ReportBlock;
import org.parley.media.internal.rtcp.SenderReport;

/**
 * Writes the sender reports (RFC 3550 §6.4.1) of the streams the SFU sends one receiver: one SR per stream that has
 * sent, from the stream's SSRC, with the wall clock as NTP time, the RTP time of the same instant (the stream's
 * newest timestamp advanced by the time since, {@link StreamRewriter#timestampAt}) and the packet and payload octet
 * counts. The receiver uses them for lip sync between a participant's audio and video and echoes the NTP time as
 * LSR, so each batch's NTP time and send time go to the {@link RoundTripEstimator} to turn the echo into an RTT.
 *
 * <p>Reports carry no report blocks: what the SFU receives from this participant goes in the receiver report.
 * When not all streams fit in the given length, the next call starts where this one stopped. Not thread-safe: the
 * conference's thread; allocates nothing.
 */
public final class SenderReportWriter {
    /** Seconds from the NTP era (1900-01-01) to the Unix epoch (RFC 5905 §6: 70 years with 17 leap days). */
    static final long NTP_UNIX_OFFSET_SECONDS = 2_208_988_800L;
    private static final long MILLIS_PER_SECOND = 1_000L;
    private static final int NTP_SECONDS_SHIFT = 32;
    private static final int COMPACT_SHIFT = 16;
    private static final long COMPACT_MASK = 0xFFFF_FFFFL;
    private static final ReportBlock[] NO_BLOCKS = new ReportBlock[0];

    private final OutgoingStreams streams;
    private final RoundTripEstimator roundTrip;
    private int nextIndex;
    private long reports;

    public SenderReportWriter(OutgoingStreams streams, RoundTripEstimator roundTrip) {
        this.streams = streams;
        this.roundTrip = roundTrip;
    }

    /**
     * Writes sender reports as of {@code nowNanos} (monotonic) and {@code wallMillis} (the wall clock, ms since
     * the Unix epoch) at {@code offset}, in at most {@code maxLength} bytes.
     *
     * @return the bytes written; 0 when no stream has sent yet
     */
    public int write(byte[] array, int offset, int maxLength, long nowNanos, long wallMillis) {
        long ntp = ntpTimestamp(wallMillis);
        int limit = streams.indexLimit();
        int written = 0;
        int visited = 0;
        for (; visited < limit && maxLength - written >= SenderReport.FIXED_LENGTH; visited++) {
            OutgoingStream stream = streams.get((nextIndex + visited) % limit);
            StreamRewriter sent = stream == null ? null : stream.rewriter();
            if (sent != null && sent.packets() > 0) {
                written += SenderReport.write(array, offset + written, sent.ssrc(), ntp, sent.timestampAt(nowNanos),
                        sent.packets(), sent.payloadOctets(), NO_BLOCKS, 0);
                reports++;
            }
        }
        nextIndex = (nextIndex + visited) % limit;
        if (written > 0) {
            roundTrip.senderReportSent(compactNtp(ntp), nowNanos);
        }
        return written;
    }

    /** The 64-bit NTP timestamp (RFC 5905 §6: seconds since 1900, 32-bit fraction) of {@code wallMillis}. */
    static long ntpTimestamp(long wallMillis) {
        long seconds = Math.floorDiv(wallMillis, MILLIS_PER_SECOND) + NTP_UNIX_OFFSET_SECONDS;
        long fraction = (Math.floorMod(wallMillis, MILLIS_PER_SECOND) << NTP_SECONDS_SHIFT) / MILLIS_PER_SECOND;
        return seconds << NTP_SECONDS_SHIFT | fraction;
    }

    /** The middle 32 bits of an NTP timestamp: what receivers echo as LSR (RFC 3550 §6.4.1). */
    static long compactNtp(long ntpTimestamp) {
        return ntpTimestamp >>> COMPACT_SHIFT & COMPACT_MASK;
    }

    /** Sender reports written (one per stream per batch). */
    public long reports() {
        return reports;
    }
}
