package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtcp.ReceiverReport;
import org.parley.media.internal.rtcp.ReportBlock;

/**
 * Writes the receiver report (RFC 3550 §6.4.2) the SFU sends one participant about the streams it receives from
 * it, from the leg's local SSRC ({@link OutgoingStreams#localSsrc}), with one report block per stream that the
 * {@link ReceptionStats} fills. The sender's congestion control and its NACK/RTT logic read these blocks; LSR/DLSR
 * let it measure its round trip to the SFU.
 *
 * <p>Not thread-safe: the conference's thread; allocates nothing after construction.
 */
public final class ReceiverReportWriter {
    private final int localSsrc;
    private final ReceptionStats reception;
    private final ReportBlock[] blocks = new ReportBlock[ReceiverReport.MAX_BLOCKS];
    private long reports;

    public ReceiverReportWriter(int localSsrc, ReceptionStats reception) {
        this.localSsrc = localSsrc;
        this.reception = reception;
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = new ReportBlock();
        }
    }

    /**
     * Writes a receiver report as of {@code nowNanos} at {@code offset}, in at most {@code maxLength} bytes; blocks
     * beyond that length are left out of this report (their next one covers a longer loss interval).
     *
     * @return the bytes written; 0 when nothing was received yet (an empty report tells the sender nothing)
     */
    public int write(byte[] array, int offset, int maxLength, long nowNanos) {
        int count = reception.fillReportBlocks(blocks, nowNanos);
        count = Math.min(count, (maxLength - ReceiverReport.FIXED_LENGTH) / ReportBlock.LENGTH);
        if (count <= 0) {
            return 0;
        }
        reports++;
        return ReceiverReport.write(array, offset, localSsrc, blocks, count);
    }

    /** Receiver reports written. */
    public long reports() {
        return reports;
    }
}
