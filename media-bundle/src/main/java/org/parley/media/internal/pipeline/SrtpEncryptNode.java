package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtp.BigEndian;
import org.parley.media.internal.srtp.SrtcpContext;
import org.parley.media.internal.srtp.SrtpContext;
import org.parley.media.internal.srtp.SrtpRefusal;
import org.parley.media.internal.transport.Packet;

/**
 * Send pipeline: protects the packet in place (RFC 3711 §3.3 SRTP, §3.4 SRTCP) with the receiver leg's outbound
 * contexts — RTP with its outgoing stream's context, RTCP with the context of its (first) sender SSRC: a stream's
 * for sender reports, the leg's local SSRC's for everything else (RFC 3711 §3.4: one SRTCP context per SSRC).
 *
 * <p>The packet grows by the tag (and for SRTCP the E flag and index): the view must have that much room after it
 * in its array — pool buffers do, unless a packet filled one. Dropped and counted here: no keys yet (DTLS still
 * running), not enough room; refused by the context (a repeated index, a wrong SSRC — router bugs), counted by the
 * context under its {@link SrtpRefusal} and here in total.
 *
 * <p>Not thread-safe: one per receiver's send pipeline, run under the conference's lock; allocates nothing.
 */
public final class SrtpEncryptNode extends Node {
    private static final int RTCP_SENDER_SSRC_OFFSET = 4;
    private static final int RTCP_SENDER_SSRC_END = RTCP_SENDER_SSRC_OFFSET + Integer.BYTES;

    private final OutgoingStreams streams;
    private long noKeys;
    private long noRoom;
    private long refused;

    public SrtpEncryptNode(OutgoingStreams streams) {
        super("srtp-encrypt");
        this.streams = streams;
    }

    @Override
    protected boolean process(PacketContext context) {
        return context.rtcp ? protectRtcp(context.packet) : protectRtp(context);
    }

    private boolean protectRtp(PacketContext context) {
        OutgoingStream stream = streams.get(context.stream);
        SrtpContext srtp = stream == null ? null : stream.srtp();
        if (srtp == null) {
            noKeys++;
            return false;
        }
        Packet packet = context.packet;
        if (!hasRoom(packet, streams.srtpOverhead())) {
            return false;
        }
        if (srtp.protect(packet.array(), packet.offset(), packet.length()) != SrtpRefusal.NONE) {
            refused++;
            return false;
        }
        packet.setRange(packet.offset(), srtp.length());
        return true;
    }

    private boolean protectRtcp(Packet packet) {
        SrtcpContext srtcp = packet.length() < RTCP_SENDER_SSRC_END ? null
                : streams.rtcpContext(BigEndian.int32(packet.array(), packet.offset() + RTCP_SENDER_SSRC_OFFSET));
        if (srtcp == null) {
            noKeys++;
            return false;
        }
        if (!hasRoom(packet, streams.srtcpOverhead())) {
            return false;
        }
        if (srtcp.protect(packet.array(), packet.offset(), packet.length()) != SrtpRefusal.NONE) {
            refused++;
            return false;
        }
        packet.setRange(packet.offset(), srtcp.length());
        return true;
    }

    private boolean hasRoom(Packet packet, int overhead) {
        if (packet.array().length - packet.offset() - packet.length() < overhead) {
            noRoom++;
            return false;
        }
        return true;
    }

    /** Packets with no context: the leg not keyed yet, or RTCP from an SSRC that is not the SFU's on this leg. */
    public long noKeys() {
        return noKeys;
    }

    /** Packets without room for the tag after them. */
    public long noRoom() {
        return noRoom;
    }

    /** Packets the context refused (see its counters by reason). */
    public long refused() {
        return refused;
    }
}
