package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtcp.ReportBlock;

/**
 * What the receive side knows about the streams one participant sends, in the form a receiver report carries
 * (RFC 3550 §6.4.1, computed as in Appendix A): the seam between the receive side's loss and jitter observer
 * ({@code LossAndJitter::fillReportBlocks} fits it) and the {@link ReceiverReportWriter}.
 *
 * <p>Each block filled names one media stream (not RTX) that has received packets, with
 * <ul>
 * <li>{@code ssrc} — the stream's SSRC;
 * <li>{@code fractionLost} — lost since the previous report, in 1/256 (A.3): filling a block starts the next
 *     interval, so call once per report actually sent;
 * <li>{@code cumulativeLost} — expected minus received, signed 24 bits (A.3);
 * <li>{@code highestSequence} — the extended highest sequence number, cycles in the high 16 bits (A.1);
 * <li>{@code jitter} — interarrival jitter in timestamp units (A.8);
 * <li>{@code lastSr} — the middle 32 bits of the NTP time of the stream's last sender report (LSR), 0 before one;
 * <li>{@code delaySinceLastSr} — from that report's arrival to {@code nowNanos}, in 1/65536 s (DLSR), 0 before one.
 * </ul>
 * Called on the conference's thread; must not allocate.
 */
@FunctionalInterface
public interface ReceptionStats {
    /**
     * Fills {@code blocks} from index 0 with one block per received media stream, as of {@code nowNanos}.
     *
     * @return the number of blocks filled, at most {@code blocks.length}
     */
    int fillReportBlocks(ReportBlock[] blocks, long nowNanos);
}
