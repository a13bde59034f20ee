package org.parley.media.internal.sdp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one m-line's codec attributes while it is parsed:
 * <pre>
 *   a=rtpmap:&lt;payload type&gt; &lt;encoding name&gt;/&lt;clock rate&gt;[/&lt;channels&gt;]   RFC 8866 §6.6
 *   a=fmtp:&lt;payload type&gt; &lt;format specific parameters&gt;                     RFC 8866 §6.15
 *   a=rtcp-fb:&lt;payload type | *&gt; &lt;type&gt; [&lt;subtype&gt;]                         RFC 4585 §4.2
 * </pre>
 * Each names a payload type of the m-line's format list; one rtpmap and one fmtp per payload type. An rtcp-fb line
 * for a payload type the m-line does not list is ignored, not refused: Firefox (ESR 153) keeps the rtcp-fb lines of
 * the codecs that {@code setCodecPreferences} removed, and such a line describes no codec of the m-line.
 */
final class CodecTable {
    private static final int MAX_CLOCK_RATE = 1_000_000;
    private static final int MAX_CHANNELS = 255;
    private static final String WILDCARD = "*";

    private final List<Integer> payloadTypes;
    private final Map<Integer, SdpLine> rtpmaps = new LinkedHashMap<>();
    private final Map<Integer, String> fmtps = new LinkedHashMap<>();
    private final Map<Integer, List<String>> feedback = new LinkedHashMap<>();

    /** A table for an m-line whose format list holds {@code payloadTypes} (empty for non-RTP m-lines). */
    CodecTable(List<Integer> payloadTypes) {
        this.payloadTypes = payloadTypes;
    }

    void rtpmap(SdpLine line) throws SdpRefusal {
        List<String> f = SdpTokens.fields(line, line.attributeValue(), 2, 2, "rtpmap");
        int pt = listed(line, f.get(0));
        String[] encoding = f.get(1).split("/", -1);
        if (encoding.length < 2 || encoding.length > 3) {
            throw line.refuse("rtpmap encoding must be <name>/<clock rate>[/<channels>]");
        }
        SdpTokens.token(line, encoding[0], 32, "encoding name");
        SdpTokens.integer(line, encoding[1], 1, MAX_CLOCK_RATE, "clock rate");
        if (encoding.length == 3) {
            SdpTokens.integer(line, encoding[2], 1, MAX_CHANNELS, "channel count");
        }
        if (rtpmaps.putIfAbsent(pt, line) != null) {
            throw line.refuse("second rtpmap for payload type " + pt);
        }
    }

    void fmtp(SdpLine line) throws SdpRefusal {
        String value = line.attributeValue();
        int space = value.indexOf(' ');
        if (space < 0) {
            throw line.refuse("fmtp needs <payload type> <parameters>");
        }
        int pt = listed(line, value.substring(0, space));
        if (fmtps.putIfAbsent(pt, value.substring(space + 1).trim()) != null) {
            throw line.refuse("second fmtp for payload type " + pt);
        }
    }

    void rtcpFeedback(SdpLine line) throws SdpRefusal {
        List<String> f = SdpTokens.fields(line, line.attributeValue(), 2, 3, "rtcp-fb");
        String type = String.join(" ", f.subList(1, f.size()));
        for (int i = 1; i < f.size(); i++) {
            SdpTokens.token(line, f.get(i), 32, "rtcp-fb type");
        }
        List<Integer> targets = payloadTypes;
        if (!WILDCARD.equals(f.get(0))) {
            int pt = payloadType(line, f.get(0));
            if (!payloadTypes.contains(pt)) {
                return;
            }
            targets = List.of(pt);
        }
        for (int pt : targets) {
            List<String> types = feedback.computeIfAbsent(pt, k -> new ArrayList<>());
            if (types.size() >= SdpLimits.MAX_FEEDBACK_PER_CODEC) {
                throw line.refuse("more than " + SdpLimits.MAX_FEEDBACK_PER_CODEC + " rtcp-fb for payload type " + pt);
            }
            if (!types.contains(type)) {
                types.add(type);
            }
        }
    }

    /** The payload type {@code text}, which must be in the m-line's format list (RFC 8866 §6.6). */
    private int listed(SdpLine line, String text) throws SdpRefusal {
        int pt = payloadType(line, text);
        if (!payloadTypes.contains(pt)) {
            throw line.refuse("payload type " + pt + " is not in the m-line's format list");
        }
        return pt;
    }

    private static int payloadType(SdpLine line, String text) throws SdpRefusal {
        return SdpTokens.integer(line, text, 0, PayloadTypes.MAX, "payload type");
    }

    /** The codecs with an rtpmap, in format-list order; payload types without rtpmap are left out. */
    List<Codec> codecs() {
        List<Codec> codecs = new ArrayList<>();
        for (int pt : payloadTypes) {
            SdpLine rtpmap = rtpmaps.get(pt);
            if (rtpmap != null) {
                String[] encoding = rtpmap.attributeValue().trim().split(" +", 2)[1].split("/");
                int channels = encoding.length == 3 ? Integer.parseInt(encoding[2]) : 1;
                String fmtp = fmtps.getOrDefault(pt, "");
                codecs.add(new Codec(pt, encoding[0], Integer.parseInt(encoding[1]), channels, fmtp,
                        parameters(fmtp), feedback.getOrDefault(pt, List.of())));
            }
        }
        return codecs;
    }

    /** fmtp parameters as {@code key=value} pairs separated by ';' (a bare value gets key ""). */
    private static Map<String, String> parameters(String fmtp) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : fmtp.split(";")) {
            String p = pair.trim();
            int eq = p.indexOf('=');
            if (!p.isEmpty()) {
                String key = eq < 0 ? "" : p.substring(0, eq).trim();
                parameters.putIfAbsent(key, eq < 0 ? p : p.substring(eq + 1).trim());
            }
        }
        return parameters;
    }
}
