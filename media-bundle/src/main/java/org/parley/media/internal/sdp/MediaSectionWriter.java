package org.parley.media.internal.sdp;

/**
 * Writes one m-line of the server's answer or re-offer from a {@link SectionPlan}. An accepted section:
 * <pre>
 *   m=video 10000 UDP/TLS/RTP/SAVPF 96 97            port = the UDP candidate's (JSEP RFC 8829 §5.3.1)
 *   c=IN IP4 203.0.113.7
 *   a=mid:1
 *   a=ice-ufrag:...  a=ice-pwd:...                   RFC 8839 §5.4, the same on every bundled m-line
 *   a=fingerprint:sha-256 ...  a=setup:passive        RFC 8122 §5, RFC 8842 §5
 *   a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01
 *   a=recvonly | a=sendonly + a=msid:&lt;stream&gt; &lt;track&gt;
 *   a=rtcp-mux  [a=rtcp-rsize]
 *   a=rtpmap:96 VP8/90000  a=rtcp-fb:96 nack ...  a=rtpmap:97 rtx/90000  a=fmtp:97 apt=96
 *   [a=ssrc-group:FID &lt;media&gt; &lt;rtx&gt;  a=ssrc:&lt;ssrc&gt; cname:...  a=ssrc:&lt;ssrc&gt; msid:...]
 *   a=candidate:1 1 udp 2130706431 203.0.113.7 10000 typ host
 *   a=candidate:2 1 tcp 2124422911 203.0.113.7 4443 typ host tcptype passive
 *   a=end-of-candidates
 * </pre>
 * A rejected section is {@code m=<media> 0 <proto> <formats>}, a dummy c= line, its mid and a=inactive.
 */
final class MediaSectionWriter {
    private static final String DUMMY_CONNECTION = "IN IP4 0.0.0.0";

    private MediaSectionWriter() {
    }

    static void write(SdpText sdp, SectionPlan plan, ServerTransport t, Setup role) {
        if (plan.isRejected()) {
            sdp.line('m', plan.media() + " 0 " + plan.protocol() + " " + String.join(" ", plan.formats()))
                    .line('c', DUMMY_CONNECTION).attribute("mid:" + plan.mid()).attribute("inactive");
            return;
        }
        RtpSetup rtp = plan.rtp();
        sdp.line('m', plan.media() + " " + t.udpPort() + " " + plan.protocol() + " " + String.join(" ", rtp.formats()))
                .line('c', "IN " + t.addressType() + " " + t.address())
                .attribute("mid:" + plan.mid())
                .attribute("ice-ufrag:" + t.ice().ufrag()).attribute("ice-pwd:" + t.ice().pwd())
                .attribute("fingerprint:" + t.fingerprint().attributeValue()).attribute("setup:" + role.attribute());
        for (HeaderExtension e : rtp.extensions()) {
            sdp.attribute("extmap:" + e.id() + " " + e.uri());
        }
        sdp.attribute(plan.direction().attribute());
        if (plan.track() != null) {
            sdp.attribute("msid:" + plan.track().msid().attributeValue());
        }
        sdp.attribute("rtcp-mux");
        if (plan.reducedSize()) {
            sdp.attribute("rtcp-rsize");
        }
        codec(sdp, rtp.codec());
        if (rtp.rtx() != null) {
            codec(sdp, rtp.rtx());
        }
        if (plan.track() != null) {
            sources(sdp, plan.track(), rtp.rtx() != null && plan.track().rtxSsrc() >= 0);
        }
        HostCandidates.of(t).forEach(sdp::attribute);
        sdp.attribute("end-of-candidates");
    }

    private static void codec(SdpText sdp, Codec c) {
        int pt = c.payloadType();
        sdp.attribute("rtpmap:" + pt + " " + c.name() + "/" + c.clockRate() + (c.channels() > 1 ? "/" + c.channels()
                : ""));
        for (String fb : c.feedback()) {
            sdp.attribute("rtcp-fb:" + pt + " " + fb);
        }
        if (!c.fmtp().isEmpty()) {
            sdp.attribute("fmtp:" + pt + " " + c.fmtp());
        }
    }

    /** RFC 5576 §4: SSRC lines, so that the browser knows the SSRCs before the first packet (and RTX's pair). */
    private static void sources(SdpText sdp, RemoteTrack track, boolean withRtx) {
        if (withRtx) {
            sdp.attribute("ssrc-group:" + SsrcGroup.FID + " " + track.ssrc() + " " + track.rtxSsrc());
        }
        source(sdp, track, track.ssrc());
        if (withRtx) {
            source(sdp, track, track.rtxSsrc());
        }
    }

    private static void source(SdpText sdp, RemoteTrack track, long ssrc) {
        sdp.attribute("ssrc:" + ssrc + " cname:" + track.cname());
        sdp.attribute("ssrc:" + ssrc + " msid:" + track.msid().attributeValue());
    }
}
