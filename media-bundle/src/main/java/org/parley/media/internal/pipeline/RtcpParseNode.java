package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtcp.ReceiverReport;
import org.parley.media.internal.rtcp.ReportBlock;
import org.parley.media.internal.rtcp.RtcpCompound;
import org.parley.media.internal.rtcp.RtcpHeader;
import org.parley.media.internal.rtcp.RtcpRefusal;
import org.parley.media.internal.rtcp.SenderReport;

/**
 * Checks a decrypted compound RTCP packet (RFC 3550 §6.1, A.2: {@link RtcpCompound}) and drops it as
 * {@link DropReason#MALFORMED_RTCP} when it does not parse, so later consumers (NACK, PLI, FIR and transport-cc
 * handling) iterate a valid compound. On the way it takes what the receive side needs from the reports: a sender
 * report's NTP time for LSR ({@link LossAndJitter#onSenderReport}) and, from SR and RR report blocks about the
 * streams the SFU sends, LSR and DLSR for the round-trip time ({@link RoundTripEstimator}). RTP passes untouched;
 * RTCP passes on for the feedback the send side answers.
 *
 * <p>Not thread-safe (the conference's thread); allocates nothing.
 */
public final class RtcpParseNode extends RtcpCompoundNode {
    private final SenderReport senderReport = new SenderReport();
    private final ReceiverReport receiverReport = new ReceiverReport();
    private final ReportBlock block = new ReportBlock();
    private final LossAndJitter reception;
    private final RoundTripEstimator roundTrip;
    private final EndpointCounters counters;

    public RtcpParseNode(LossAndJitter reception, RoundTripEstimator roundTrip, EndpointCounters counters) {
        super("rtcp-parse");
        this.reception = reception;
        this.roundTrip = roundTrip;
        this.counters = counters;
    }

    @Override
    boolean malformed() {
        return counters.drop(DropReason.MALFORMED_RTCP);
    }

    @Override
    void take(RtcpCompound compound, long arrivalNanos) {
        int type = compound.packetType();
        if (type == RtcpHeader.SR) {
            takeSenderReport(compound, arrivalNanos);
        } else if (type == RtcpHeader.RR) {
            takeReceiverReport(compound, arrivalNanos);
        }
    }

    private void takeSenderReport(RtcpCompound compound, long arrivalNanos) {
        if (senderReport.wrap(compound.array(), compound.packetOffset(), compound.packetLength()) != RtcpRefusal.NONE) {
            return;
        }
        reception.onSenderReport(senderReport.senderSsrc(), senderReport.compactNtp(), arrivalNanos);
        for (int i = 0; i < senderReport.count(); i++) {
            senderReport.reportBlock(i, block);
            roundTrip.onReportBlock(block.lastSr, block.delaySinceLastSr, arrivalNanos);
        }
    }

    private void takeReceiverReport(RtcpCompound compound, long arrivalNanos) {
        if (receiverReport.wrap(compound.array(), compound.packetOffset(), compound.packetLength())
                != RtcpRefusal.NONE) {
            return;
        }
        for (int i = 0; i < receiverReport.count(); i++) {
            receiverReport.reportBlock(i, block);
            roundTrip.onReportBlock(block.lastSr, block.delaySinceLastSr, arrivalNanos);
        }
    }
}
