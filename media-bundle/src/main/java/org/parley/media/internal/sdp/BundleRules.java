package org.parley.media.internal.sdp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every description the SFU accepts from a browser must satisfy, offer or answer: unique mids (RFC 9143
 * §9.1), one BUNDLE group naming existing, non-rejected m-lines, ICE credentials and a sha-256 fingerprint on
 * the BUNDLE-tag m-line (RFC 9143 §7.1.3: bundled m-lines share its transport), rtcp-mux on every bundled
 * RTP m-line (JSEP RFC 8829 §5.1.3 and RFC 8843 §9.3), and within the group one meaning per payload type and per
 * header extension id (RFC 9143 §9.1.1, §9.2).
 */
final class BundleRules {

    private BundleRules() {
    }

    static void check(SessionDescription d) throws SdpRefusal {
        if (d.media().isEmpty()) {
            throw new SdpRefusal(1, "the description has no m-line");
        }
        uniqueMids(d.media());
        MediaDescription first = d.media().get(0);
        if (d.bundleLine() == 0) {
            throw first.line() == 0 ? new SdpRefusal(0, "no BUNDLE group")
                    : new SdpRefusal(first.line(), "no a=group:BUNDLE before the first m-line (RFC 9143 required)");
        }
        if (d.bundle().isEmpty()) {
            throw new SdpRefusal(d.bundleLine(), "the BUNDLE group names no mid");
        }
        for (String mid : d.bundle()) {
            MediaDescription m = d.media(mid);
            if (m == null || m.rejected()) {
                throw new SdpRefusal(d.bundleLine(), "BUNDLE mid " + mid + (m == null ? " names no m-line"
                        : " names a rejected m-line (port 0)"));
            }
            if (!m.rtcpMux() && PayloadTypes.isRtp(m.protocol())) {
                throw new SdpRefusal(m.line(), "m-line mid " + mid + " has no a=rtcp-mux (required)");
            }
        }
        tagTransport(d.bundleTag());
        consistent(d);
    }

    private static void uniqueMids(List<MediaDescription> media) throws SdpRefusal {
        Map<String, Integer> lines = new HashMap<>();
        for (MediaDescription m : media) {
            Integer previous = lines.putIfAbsent(m.mid(), m.line());
            if (previous != null) {
                throw new SdpRefusal(m.line(), "mid " + m.mid() + " repeats the mid of the m-line at line " + previous);
            }
        }
    }

    private static void tagTransport(MediaDescription tag) throws SdpRefusal {
        String missing = tag.ice() == null ? "a=ice-ufrag and a=ice-pwd"
                : tag.fingerprint() == null ? "a=fingerprint:sha-256" : tag.setup() == null ? "a=setup" : null;
        if (missing != null) {
            throw new SdpRefusal(tag.line(), "the BUNDLE-tag m-line (mid " + tag.mid() + ") has no " + missing
                    + " at media or session level");
        }
    }

    private static void consistent(SessionDescription d) throws SdpRefusal {
        Map<Integer, String> codecs = new HashMap<>();
        Map<Integer, String> extensions = new HashMap<>();
        for (String mid : d.bundle()) {
            MediaDescription m = d.media(mid);
            for (Codec c : m.codecs()) {
                String meaning = c.name().toLowerCase(java.util.Locale.ROOT) + "/" + c.clockRate() + "/" + c.channels();
                same(m, codecs, c.payloadType(), meaning, "payload type");
            }
            for (HeaderExtension e : m.extensions()) {
                same(m, extensions, e.id(), e.uri(), "extmap id");
            }
        }
    }

    private static void same(MediaDescription m, Map<Integer, String> seen, int key, String meaning, String what)
            throws SdpRefusal {
        String previous = seen.putIfAbsent(key, meaning);
        if (previous != null && !previous.equals(meaning)) {
            throw new SdpRefusal(m.line(), what + " " + key + " of mid " + m.mid() + " means " + meaning
                    + " but another bundled m-line gives it " + previous);
        }
    }
}
