package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtp.HeaderExtensions;
import org.parley.media.internal.rtp.RtpHeader;
import org.parley.media.internal.rtp.RtpRefusal;
import org.parley.media.internal.rtp.RtpRewriter;

/**
 * Send pipeline: numbers every RTP packet sent to one receiver with that receiver's own transport-wide sequence
 * (draft-holmer-rmcat-transport-wide-cc-extensions-01 §2), so the receiver's transport-cc feedback describes this
 * leg's path and nothing else; the sender's numbers describe the sender's uplink and are terminated by the
 * receive side, never forwarded. Each number is logged with its send time and size in the {@link SentPacketLog}
 * for bandwidth estimation.
 *
 * <p>The number is written in place over the element the sender's packet already carries (translated to the
 * receiver's id by the {@link StreamRewriter}): the packet never grows here. A packet without the element — the
 * sender did not negotiate transport-cc on that m-line — goes out unnumbered and is counted: the receiver then
 * cannot report on it, and such a stream is invisible to the estimate. The same holds when the receiver did not
 * negotiate the extension ({@link ExtensionIds#NONE}): nothing is numbered.
 *
 * <p>Send time is {@link PacketContext#arrivalNanos}: the router runs the send pipeline inline, right after the
 * packet arrived. Size is the plain RTP length (SRTP adds its tag, a constant per leg). Not thread-safe: one per
 * receiver's send pipeline, run under the conference's lock; allocates nothing.
 */
public final class TransportSequenceStamper extends Node {
    /** The wire carries the low 16 bits of the extended number. */
    private static final int WIRE_MASK = 0xFFFF;

    private final ExtensionIds extensionIds;
    private final SentPacketLog log;
    private final RtpHeader header = new RtpHeader();
    private final HeaderExtensions elements = new HeaderExtensions();
    private long nextSequence;
    private long unnumbered;

    /** @param extensionIds the receiver's negotiated ids (read per packet, so a re-negotiation applies at once) */
    public TransportSequenceStamper(ExtensionIds extensionIds, SentPacketLog log) {
        super("transport-sequence");
        this.extensionIds = extensionIds;
        this.log = log;
    }

    @Override
    protected boolean process(PacketContext context) {
        if (context.rtcp) {
            return true;
        }
        int id = extensionIds.transportCc();
        if (id == ExtensionIds.NONE
                || header.wrap(context.packet.array(), context.packet.offset(), context.packet.length())
                        != RtpRefusal.NONE
                || !RtpRewriter.setTransportSequenceNumber(header, elements, id, (int) nextSequence)) {
            context.transportSequenceNumber = -1;
            unnumbered++;
            return true;
        }
        context.transportSequenceNumber = (int) nextSequence & WIRE_MASK;
        log.record(nextSequence, context.arrivalNanos, context.packet.length());
        nextSequence++;
        return true;
    }

    /** The extended number the next numbered packet gets (= packets numbered so far). */
    public long nextSequence() {
        return nextSequence;
    }

    /** RTP packets sent without a number (no element, or the extension not negotiated). */
    public long unnumbered() {
        return unnumbered;
    }
}
