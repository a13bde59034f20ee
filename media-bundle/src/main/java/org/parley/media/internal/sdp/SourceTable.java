package org.parley.media.internal.sdp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one m-line's source attributes while it is parsed:
 * <pre>
 *   a=ssrc:&lt;ssrc-id&gt; &lt;attribute&gt;[:&lt;value&gt;]          RFC 5576 §4.1  (cname, msid; others ignored)
 *   a=ssrc-group:&lt;semantics&gt; &lt;ssrc-id&gt; ...         RFC 5576 §4.2  (FID: media SSRC, then RTX SSRC)
 *   a=msid:&lt;stream id&gt; [&lt;track id&gt;]                RFC 8830 §2
 * </pre>
 */
final class SourceTable {
    private static final int MAX_GROUP_SSRCS = 8;
    private static final int MAX_CNAME_CHARS = 255;

    private final Map<Long, String> cnames = new LinkedHashMap<>();
    private final Map<Long, Msid> msids = new LinkedHashMap<>();
    private final List<SsrcGroup> groups = new ArrayList<>();
    private Msid msid;

    void ssrc(SdpLine line) throws SdpRefusal {
        String value = line.attributeValue();
        int space = value.indexOf(' ');
        if (space < 0) {
            throw line.refuse("ssrc needs <ssrc-id> <attribute>");
        }
        long ssrc = SdpTokens.ssrc(line, value.substring(0, space));
        if (!cnames.containsKey(ssrc) && cnames.size() >= SdpLimits.MAX_SSRCS_PER_MEDIA) {
            throw line.refuse("more than " + SdpLimits.MAX_SSRCS_PER_MEDIA + " SSRCs in one m-line");
        }
        cnames.putIfAbsent(ssrc, null);
        String attribute = value.substring(space + 1);
        if (attribute.startsWith("cname:")) {
            String cname = attribute.substring("cname:".length());
            if (cname.isEmpty() || cname.length() > MAX_CNAME_CHARS) {
                throw line.refuse("cname must have 1 to " + MAX_CNAME_CHARS + " characters");
            }
            cnames.put(ssrc, cname);
        } else if (attribute.startsWith("msid:")) {
            msids.put(ssrc, msid(line, attribute.substring("msid:".length())));
        }
    }

    void ssrcGroup(SdpLine line) throws SdpRefusal {
        if (groups.size() >= SdpLimits.MAX_SSRC_GROUPS_PER_MEDIA) {
            throw line.refuse("more than " + SdpLimits.MAX_SSRC_GROUPS_PER_MEDIA + " ssrc-group lines");
        }
        List<String> f = SdpTokens.fields(line, line.attributeValue(), 2, MAX_GROUP_SSRCS + 1, "ssrc-group");
        String semantics = SdpTokens.token(line, f.get(0), 16, "ssrc-group semantics");
        List<Long> ssrcs = new ArrayList<>();
        for (String s : f.subList(1, f.size())) {
            ssrcs.add(SdpTokens.ssrc(line, s));
        }
        if (semantics.equals(SsrcGroup.FID) && ssrcs.size() != 2) {
            throw line.refuse("ssrc-group:FID needs exactly 2 SSRCs (media, RTX), has " + ssrcs.size());
        }
        groups.add(new SsrcGroup(semantics, ssrcs));
    }

    void msid(SdpLine line) throws SdpRefusal {
        if (msid != null) {
            throw line.refuse("second msid in one m-line (the SFU takes one stream per m-line)");
        }
        msid = msid(line, line.attributeValue());
    }

    private static Msid msid(SdpLine line, String value) throws SdpRefusal {
        List<String> f = SdpTokens.fields(line, value, 1, 2, "msid");
        String stream = SdpTokens.token(line, f.get(0), SdpLimits.MAX_MSID_ID_CHARS, "msid stream id");
        String track = f.size() == 2 ? SdpTokens.token(line, f.get(1), SdpLimits.MAX_MSID_ID_CHARS, "msid track id")
                : null;
        return new Msid(stream, track);
    }

    Msid msid() {
        return msid;
    }

    List<SsrcDescription> ssrcs() {
        List<SsrcDescription> list = new ArrayList<>();
        cnames.forEach((ssrc, cname) -> list.add(new SsrcDescription(ssrc, cname, msids.get(ssrc))));
        return list;
    }

    List<SsrcGroup> groups() {
        return groups;
    }
}
