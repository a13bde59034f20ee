package org.parley.media.internal.pipeline;

import java.util.List;
import org.parley.media.internal.transport.BufferPool;

/**
 * Everything the SFU keeps to send to one participant (SFU → browser), assembled in one place: the
 * {@link OutgoingStreams} with their rewriters, retransmission buffers and SRTP contexts; the send
 * {@link #pipeline()}; the RTCP nodes that answer what the browser says about those streams
 * ({@link #feedbackNodes()}, to be placed in the leg's receive pipeline after RTCP parsing); the transport-wide
 * numbering and its {@link SentPacketLog}; and the report schedule.
 *
 * <p>Use (all under the conference's lock): when the receiver's SDP gains a slot, {@code streams().open(...)} and
 * {@code bind(...)} the source; the router sets {@link PacketContext#stream} on the receiver's copy of a packet to
 * the stream's index, runs {@link #pipeline()} and, when it passes, sends the view; SFU-made RTCP (plain,
 * {@code rtcp} = true) goes through the same pipeline; when DTLS completes, {@code streams().keys(outbound
 * session)}; about every 100 ms {@code reports().writeIfDue(...)} and send the result through the pipeline; when the
 * leg ends, {@code streams().closeAll()} gives the buffers back.
 *
 * <p>Not thread-safe: one per participant transport, used under its conference's lock.
 */
public final class SendSide {
    /** Transport-wide numbers remembered for feedback: a few hundred milliseconds of a busy leg. */
    public static final int SENT_PACKET_LOG_CAPACITY = 4096;

    private final OutgoingStreams streams;
    private final SentPacketLog sentPackets = new SentPacketLog(SENT_PACKET_LOG_CAPACITY);
    private final TransportSequenceStamper stamper;
    private final Pipeline pipeline;
    private final List<Node> feedbackNodes;
    private final ReportScheduler reports;

    /**
     * @param localSsrc the SSRC of the SFU's own RTCP on this leg (random, unlike every stream's)
     * @param pool the conference thread's pool, for retransmission copies
     * @param extensionIds the leg's negotiated header extension ids (the receive side's, shared)
     * @param roundTrip the leg's round-trip estimate (fed by the receive side's RTCP parsing)
     * @param reception what the receive side observed, for receiver reports
     * @param wire sends already-encrypted bytes to the browser (retransmissions)
     */
    public SendSide(int localSsrc, BufferPool pool, ExtensionIds extensionIds, RoundTripEstimator roundTrip,
            ReceptionStats reception, PacketOutput wire) {
        streams = new OutgoingStreams(localSsrc, pool);
        stamper = new TransportSequenceStamper(extensionIds, sentPackets);
        pipeline = new Pipeline(List.of(
                new RewriteNode(streams),
                stamper,
                new SrtpEncryptNode(streams),
                new RetransmissionStore(streams)));
        feedbackNodes = List.of(
                new NackResponder(streams, roundTrip, wire),
                new KeyframeRequestRelay(streams));
        reports = new ReportScheduler(new ReceiverReportWriter(localSsrc, reception),
                new SenderReportWriter(streams, roundTrip), ReportScheduler.DEFAULT_INTERVAL_NANOS);
    }

    public OutgoingStreams streams() {
        return streams;
    }

    /** Rewrite → transport-wide number → SRTP → keep for NACK; RTCP passes to SRTCP only. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** NACK answers and key frame request relay, for the leg's receive pipeline (after RTCP parsing). */
    public List<Node> feedbackNodes() {
        return feedbackNodes;
    }

    public ReportScheduler reports() {
        return reports;
    }

    public SentPacketLog sentPackets() {
        return sentPackets;
    }

    public TransportSequenceStamper stamper() {
        return stamper;
    }
}
