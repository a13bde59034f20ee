package org.parley.media.internal.pipeline;

import java.util.Arrays;
import org.parley.media.internal.rtp.BigEndian;
import org.parley.media.internal.srtp.SrtcpContext;
import org.parley.media.internal.srtp.SrtpContext;
import org.parley.media.internal.srtp.SrtpRefusal;
import org.parley.media.internal.srtp.SrtpSession;
import org.parley.media.internal.transport.Packet;

/**
 * The first receive node: tells RTP from RTCP (RFC 5761 §4), finds the packet's stream and authenticates and
 * decrypts it in place (RFC 3711 §3.3, §3.4), shrinking the view by the tag (and SRTCP index). Sets
 * {@link PacketContext#rtcp}, {@link PacketContext#ssrc} and, for RTP, {@link PacketContext#stream}.
 *
 * <pre>
 *  SRTP:  | V=2|P|X|CC|M|PT | seq | timestamp | SSRC (bytes 8-11) | ... encrypted payload ... | tag |
 *  SRTCP: | V=2|P|RC | PT=192..223 | length | sender SSRC (bytes 4-7) | encrypted ... | E+index | tag |
 * </pre>
 *
 * RTP contexts exist only for SSRCs the {@link StreamTable} knows (one per stream index, made on the stream's first
 * packet); RTP from any other SSRC is dropped before any cryptography. RTCP contexts: see {@link SrtcpContexts}.
 * Every refusal is counted by {@link DropReason} in the transport's {@link EndpointCounters}.
 *
 * <p>Threading: {@link #install} may be called from the DTLS thread; everything else runs on the conference's
 * thread. Allocation: one context per stream and session, none per packet.
 */
public final class SrtpDecryptNode extends Node {
    static final int RTP_SSRC_AT = 8;
    static final int RTCP_SENDER_SSRC_AT = 4;
    static final int RTP_MIN_LENGTH = 12;
    static final int RTCP_MIN_LENGTH = 8;
    /** RFC 5761 §4: the second byte of RTCP is its packet type, 192–223; of RTP it is M + payload type. */
    static final int RTCP_TYPE_FIRST = 192;
    static final int RTCP_TYPE_LAST = 223;

    private final StreamTable streams;
    private final EndpointCounters counters;
    private final SrtpContext[] rtpContexts = new SrtpContext[StreamTable.MAX_STREAMS];
    private final SrtcpContexts rtcpContexts = new SrtcpContexts();
    private volatile SrtpSession installed;
    private SrtpSession session;

    public SrtpDecryptNode(StreamTable streams, EndpointCounters counters) {
        super("srtp-decrypt");
        this.streams = streams;
        this.counters = counters;
    }

    /** Makes {@code inbound} (the browser's write keys) the session from the next packet on; any thread. */
    public void install(SrtpSession inbound) {
        installed = inbound;
    }

    @Override
    protected boolean process(PacketContext context) {
        SrtpSession current = installed;
        if (current != session) {
            session = current;
            Arrays.fill(rtpContexts, null);
            rtcpContexts.reset(current);
        }
        if (session == null) {
            return counters.drop(DropReason.NO_KEYS);
        }
        Packet packet = context.packet;
        if (packet.length() < RTCP_MIN_LENGTH) {
            return counters.drop(DropReason.MALFORMED_SRTP);
        }
        int type = packet.array()[packet.offset() + 1] & 0xFF;
        context.rtcp = type >= RTCP_TYPE_FIRST && type <= RTCP_TYPE_LAST;
        return context.rtcp ? decryptRtcp(context, packet) : decryptRtp(context, packet);
    }

    private boolean decryptRtp(PacketContext context, Packet packet) {
        if (packet.length() < RTP_MIN_LENGTH) {
            return counters.drop(DropReason.MALFORMED_SRTP);
        }
        int ssrc = BigEndian.int32(packet.array(), packet.offset() + RTP_SSRC_AT);
        int stream = streams.lookup(ssrc);
        if (stream == StreamTable.NOT_FOUND) {
            return counters.drop(DropReason.UNSIGNALLED_SSRC);
        }
        SrtpContext srtp = rtpContexts[stream];
        if (srtp == null || srtp.ssrc() != ssrc) {
            srtp = session.rtpContext(ssrc);
            rtpContexts[stream] = srtp;
        }
        int received = packet.length();
        SrtpRefusal refusal = srtp.unprotect(packet.array(), packet.offset(), received);
        if (refusal != SrtpRefusal.NONE) {
            return counters.drop(reasonFor(refusal));
        }
        packet.setRange(packet.offset(), srtp.length());
        counters.received(received);
        context.ssrc = ssrc;
        context.stream = stream;
        return true;
    }

    private boolean decryptRtcp(PacketContext context, Packet packet) {
        int ssrc = BigEndian.int32(packet.array(), packet.offset() + RTCP_SENDER_SSRC_AT);
        long now = context.arrivalNanos;
        SrtcpContext srtcp = rtcpContexts.known(ssrc, now);
        boolean probing = false;
        if (srtcp == null && streams.lookup(ssrc) != StreamTable.NOT_FOUND) {
            srtcp = rtcpContexts.signalled(ssrc, now);
        } else if (srtcp == null) {
            srtcp = rtcpContexts.probe(ssrc, now);
            probing = true;
            if (srtcp == null) {
                return counters.drop(DropReason.UNKNOWN_RTCP_SOURCE);
            }
        }
        int received = packet.length();
        SrtpRefusal refusal = srtcp.unprotect(packet.array(), packet.offset(), received);
        if (refusal != SrtpRefusal.NONE) {
            return counters.drop(reasonFor(refusal));
        }
        if (probing) {
            rtcpContexts.learn(srtcp, now);
        }
        packet.setRange(packet.offset(), srtcp.length());
        counters.received(received);
        context.ssrc = ssrc;
        return true;
    }

    private static DropReason reasonFor(SrtpRefusal refusal) {
        return switch (refusal) {
            case AUTHENTICATION_FAILED -> DropReason.AUTHENTICATION_FAILED;
            case REPLAYED, TOO_OLD -> DropReason.REPLAYED;
            default -> DropReason.MALFORMED_SRTP;
        };
    }

    /** RTCP sender SSRCs learned without signalling (for tests and metrics). */
    int learnedRtcpSources() {
        return rtcpContexts.learnedCount();
    }
}
