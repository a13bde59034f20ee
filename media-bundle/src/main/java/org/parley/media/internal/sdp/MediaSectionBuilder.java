package org.parley.media.internal.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses one media section: the m-line (RFC 8866 §5.14) and the attributes after it.
 * <pre>
 *   m=&lt;media&gt; &lt;port&gt; &lt;proto&gt; &lt;fmt&gt; ...        e.g. m=video 9 UDP/TLS/RTP/SAVPF 96 97 102
 *   a=mid:&lt;token&gt;                                 RFC 5888 §4, RFC 9143
 *   a=sendrecv | sendonly | recvonly | inactive    RFC 8866 §6.7
 *   a=rtcp-mux   a=rtcp-rsize                      RFC 5761 §5.1.1, RFC 5506 §5
 *   a=bundle-only                                  RFC 9143 §6 (port 0 that is not a rejection)
 *   a=extmap:&lt;id&gt;[/&lt;direction&gt;] &lt;uri&gt;            RFC 8285 §8
 *   a=rid:&lt;id&gt; send|recv [...]   a=simulcast:...  RFC 8851 §4, RFC 8853 §5.1
 *   a=candidate:...                                ignored: the server is ICE-lite and never checks
 * </pre>
 * Codec, source and transport attributes go to {@link CodecTable}, {@link SourceTable} and
 * {@link TransportAttributes}; unknown attributes are ignored (RFC 8866 §5.13).
 */
final class MediaSectionBuilder {
    private static final int MAX_PORT = 65535;
    private static final int MAX_EXTENSION_ID = 255;
    private static final int RESERVED_ONE_BYTE_ID = 15;
    private static final int MAX_RID_CHARS = 16;
    private static final int MAX_URI_CHARS = 256;

    private final SdpLine mLine;
    private final int index;
    private final List<String> m;
    private final CodecTable codecs;
    private final SourceTable sources = new SourceTable();
    private final TransportAttributes transport = new TransportAttributes();
    private final List<HeaderExtension> extensions = new ArrayList<>();
    private final List<RidDescription> rids = new ArrayList<>();
    private String mid;
    private Direction direction;
    private boolean rtcpMux;
    private boolean rtcpReducedSize;
    private boolean bundleOnly;
    private String simulcast;

    MediaSectionBuilder(SdpLine mLine, int index) throws SdpRefusal {
        this.mLine = mLine;
        this.index = index;
        this.m = SdpTokens.fields(mLine, mLine.value(), 4, PayloadTypes.MAX + 4, "m-line");
        SdpTokens.token(mLine, m.get(0), 16, "media type");
        SdpTokens.integer(mLine, m.get(1), 0, MAX_PORT, "port");
        SdpTokens.visible(mLine, m.get(2), 32, "protocol");
        List<String> formats = m.subList(3, m.size());
        this.codecs = new CodecTable(PayloadTypes.isRtp(m.get(2)) ? PayloadTypes.parse(mLine, formats) : List.of());
    }

    void attribute(SdpLine line) throws SdpRefusal {
        if (transport.accept(line)) {
            return;
        }
        String name = line.attributeName();
        switch (name) {
            case "mid" -> mid(line);
            case "sendrecv", "sendonly", "recvonly", "inactive" -> direction(line, Direction.byAttribute(name));
            case "rtcp-mux" -> rtcpMux = true;
            case "rtcp-rsize" -> rtcpReducedSize = true;
            case "bundle-only" -> bundleOnly = true;
            case "rtpmap" -> codecs.rtpmap(line);
            case "fmtp" -> codecs.fmtp(line);
            case "rtcp-fb" -> codecs.rtcpFeedback(line);
            case "ssrc" -> sources.ssrc(line);
            case "ssrc-group" -> sources.ssrcGroup(line);
            case "msid" -> sources.msid(line);
            case "extmap" -> extmap(line);
            case "rid" -> rid(line);
            case "simulcast" -> simulcast = once(line, simulcast, line.attributeValue(), "a=simulcast");
            default -> { } // candidate, end-of-candidates, ice-options, rtcp, ...: not needed by an ICE-lite SFU
        }
    }

    private void mid(SdpLine line) throws SdpRefusal {
        mid = once(line, mid, SdpTokens.token(line, line.attributeValue(), SdpLimits.MAX_MID_CHARS, "mid"), "a=mid");
    }

    private void direction(SdpLine line, Direction d) throws SdpRefusal {
        direction = once(line, direction, d, "direction attribute");
    }

    private static <T> T once(SdpLine line, T previous, T value, String what) throws SdpRefusal {
        if (previous != null) {
            throw line.refuse("a second " + what + " in one m-line");
        }
        return value;
    }

    private void extmap(SdpLine line) throws SdpRefusal {
        List<String> f = SdpTokens.fields(line, line.attributeValue(), 2, 3, "extmap");
        String idText = f.get(0).contains("/") ? f.get(0).substring(0, f.get(0).indexOf('/')) : f.get(0);
        int id = SdpTokens.integer(line, idText, 1, MAX_EXTENSION_ID, "extmap id");
        if (id == RESERVED_ONE_BYTE_ID) {
            throw line.refuse("extmap id 15 is reserved (RFC 8285 §4.2)");
        }
        String uri = SdpTokens.visible(line, f.get(1), MAX_URI_CHARS, "extmap URI");
        for (HeaderExtension e : extensions) {
            if (e.id() == id) {
                throw line.refuse("extmap id " + id + " used twice in one m-line");
            }
        }
        extensions.add(new HeaderExtension(id, uri));
    }

    private void rid(SdpLine line) throws SdpRefusal {
        if (rids.size() >= SdpLimits.MAX_RIDS_PER_MEDIA) {
            throw line.refuse("more than " + SdpLimits.MAX_RIDS_PER_MEDIA + " rid lines in one m-line");
        }
        List<String> f = SdpTokens.fields(line, line.attributeValue(), 2, 3, "rid");
        String id = SdpTokens.token(line, f.get(0), MAX_RID_CHARS, "rid id");
        if (!f.get(1).equals("send") && !f.get(1).equals("recv")) {
            throw line.refuse("rid direction must be send or recv");
        }
        rids.add(new RidDescription(id, f.get(1), f.size() == 3 ? f.get(2) : ""));
    }

    /** The finished section; {@code session} supplies transport attributes the m-line does not repeat. */
    MediaDescription build(TransportAttributes session) throws SdpRefusal {
        if (mid == null) {
            throw mLine.refuse("m-line without a=mid (JSEP RFC 8829 §5.2.1 gives every m-line one)");
        }
        IceCredentials ice = transport.credentials() != null ? transport.credentials() : session.credentials();
        Fingerprint fp = transport.fingerprint() != null ? transport.fingerprint() : session.fingerprint();
        Setup setup = transport.setup() != null ? transport.setup() : session.setup();
        return new MediaDescription(mLine.number(), index, MediaKind.byToken(m.get(0)), m.get(0),
                Integer.parseInt(m.get(1)), bundleOnly, m.get(2), m.subList(3, m.size()), mid,
                direction == null ? Direction.SENDRECV : direction, ice, fp, setup, rtcpMux, rtcpReducedSize,
                codecs.codecs(), extensions, sources.msid(), sources.ssrcs(), sources.groups(), rids, simulcast);
    }
}
