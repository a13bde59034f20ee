package org.parley.media.internal.pipeline;

/**
 * When the SFU sends one participant its RTCP reports, and in which compound (RFC 3550 §6.1): the receiver report
 * first, then the sender reports, every {@code intervalNanos} (about a second; RFC 3550 §6.2's bandwidth rule
 * allows far more at media rates, and browsers send theirs about that often). The first report goes out as soon
 * as there is something to report. No randomised interval (§6.3.1): legs start at different times and no
 * multicast group can synchronise them.
 *
 * <p>The compound is plain RTCP; the caller runs it through the leg's send pipeline (encryption under the first
 * packet's sender SSRC) and sends it. Not thread-safe: the conference's thread; allocates nothing.
 */
public final class ReportScheduler {
    /** The report interval browsers use too. */
    public static final long DEFAULT_INTERVAL_NANOS = 1_000_000_000L;

    private final ReceiverReportWriter receiverReports;
    private final SenderReportWriter senderReports;
    private final long intervalNanos;
    private boolean sent;
    private long lastNanos;

    public ReportScheduler(ReceiverReportWriter receiverReports, SenderReportWriter senderReports,
            long intervalNanos) {
        this.receiverReports = receiverReports;
        this.senderReports = senderReports;
        this.intervalNanos = intervalNanos;
    }

    /**
     * Writes the reports at {@code offset} when the interval has passed since the last ones.
     *
     * @return the compound's length; 0 when nothing is due or there is nothing to report
     */
    public int writeIfDue(byte[] array, int offset, int maxLength, long nowNanos, long wallMillis) {
        if (sent && nowNanos - lastNanos < intervalNanos) {
            return 0;
        }
        int length = receiverReports.write(array, offset, maxLength, nowNanos);
        length += senderReports.write(array, offset + length, maxLength - length, nowNanos, wallMillis);
        if (length > 0) {
            sent = true;
            lastNanos = nowNanos;
        }
        return length;
    }
}
