package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtp.RtpHeader;
import org.parley.media.internal.rtp.RtpRefusal;
import org.parley.media.internal.rtp.RtpRewriter;
import org.parley.media.internal.transport.Packet;

/**
 * Turns an RTX packet (RFC 4588 §4) back into the packet it repairs, in place, so that what the participant
 * retransmitted after the SFU's NACK is forwarded like any late media packet (receivers are not offered RTX).
 *
 * <pre>
 *  RTX:       | header (RTX SSRC, RTX PT, RTX seq) | OSN (2) | original payload ... |
 *  repaired:          | header (media SSRC, media PT, seq = OSN) | original payload ... |
 * </pre>
 *
 * The header moves two bytes forward over the OSN and the view starts two bytes later; SSRC, payload type (the
 * RTX type's {@code apt}) and sequence number become the original's, and so do the {@link PacketContext} fields,
 * including the key frame flag. A padding-only RTX packet (a browser's bandwidth probe) repairs nothing: it is
 * consumed here, after the observers before counted it (not a drop: {@link #probes()}); one whose payload type is
 * not a negotiated RTX type is dropped ({@link DropReason#RTX_UNKNOWN_PAYLOAD_TYPE}). Media and RTCP pass untouched.
 *
 * <p>Not thread-safe (the conference's thread); allocates nothing.
 */
public final class RtxDecapsulator extends Node {
    /** RFC 4588 §4: the original sequence number in front of the original payload. */
    static final int ORIGINAL_SEQUENCE_LENGTH = 2;

    private final RtpHeader header = new RtpHeader();
    private final StreamTable streams;
    private final RtxPayloadTypes payloadTypes;
    private final EndpointCounters counters;
    private long probes;

    public RtxDecapsulator(StreamTable streams, RtxPayloadTypes payloadTypes, EndpointCounters counters) {
        super("rtx-decapsulator");
        this.streams = streams;
        this.payloadTypes = payloadTypes;
        this.counters = counters;
    }

    @Override
    protected boolean process(PacketContext context) {
        if (context.rtcp || context.stream < 0 || !streams.isRtx(context.stream)) {
            return true;
        }
        if (context.originalSequenceNumber < 0) {
            probes++;
            return false;
        }
        int mediaType = payloadTypes.repaired(context.payloadType);
        if (mediaType == RtxPayloadTypes.NONE) {
            return counters.drop(DropReason.RTX_UNKNOWN_PAYLOAD_TYPE);
        }
        Packet packet = context.packet;
        if (header.wrap(packet.array(), packet.offset(), packet.length()) != RtpRefusal.NONE) {
            return counters.drop(DropReason.MALFORMED_RTP);
        }
        int start = packet.offset();
        System.arraycopy(packet.array(), start, packet.array(), start + ORIGINAL_SEQUENCE_LENGTH,
                header.headerLength());
        packet.setRange(start + ORIGINAL_SEQUENCE_LENGTH, packet.length() - ORIGINAL_SEQUENCE_LENGTH);
        header.wrap(packet.array(), packet.offset(), packet.length());
        int media = streams.repairedStream(context.stream);
        RtpRewriter.setSsrc(header, streams.ssrc(media));
        RtpRewriter.setSequenceNumber(header, context.originalSequenceNumber);
        RtpRewriter.setPayloadType(header, mediaType);
        context.stream = media;
        context.ssrc = streams.ssrc(media);
        context.sequenceNumber = context.originalSequenceNumber;
        context.payloadType = mediaType;
        context.originalSequenceNumber = -1;
        context.keyframe = Vp8Keyframe.starts(header.array(), header.payloadOffset(), header.payloadLength());
        return true;
    }

    /** Padding-only RTX packets consumed (bandwidth probes). */
    public long probes() {
        return probes;
    }
}
