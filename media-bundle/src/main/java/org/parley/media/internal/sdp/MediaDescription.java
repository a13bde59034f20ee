package org.parley.media.internal.sdp;

import java.util.List;

/**
 * One m-line and its attributes (RFC 8866 §5.14), as the SFU needs them. {@code ice}, {@code fingerprint} and
 * {@code setup} are the effective values: the m-line's own, else the session-level ones (RFC 8839 §5.4,
 * RFC 8122 §5, RFC 4145 §4); null when neither level has them, as in BUNDLE-only m-lines.
 *
 * @param line the line number of the {@code m=} line, for refusals about the section as a whole
 * @param index the 0-based m-line index (JSEP's "m= section index", stable across re-offers)
 * @param media the m-line's media token (kept for {@link MediaKind#OTHER} so a rejection can echo it)
 * @param bundleOnly {@code a=bundle-only} (RFC 9143 §6): a port of 0 then means "on the BUNDLE transport", not
 *     rejected (Firefox offers every m-line after the first so under max-bundle)
 * @param formats the format list of the m-line, as written (payload types for RTP protocols)
 * @param simulcast the {@code a=simulcast} value (RFC 8853), or null
 */
public record MediaDescription(int line, int index, MediaKind kind, String media, int port, boolean bundleOnly,
        String protocol, List<String> formats, String mid, Direction direction, IceCredentials ice,
        Fingerprint fingerprint, Setup setup, boolean rtcpMux, boolean rtcpReducedSize, List<Codec> codecs,
        List<HeaderExtension> extensions, Msid msid, List<SsrcDescription> ssrcs, List<SsrcGroup> ssrcGroups,
        List<RidDescription> rids, String simulcast) {

    /** Immutable copies of the lists. */
    public MediaDescription {
        formats = List.copyOf(formats);
        codecs = List.copyOf(codecs);
        extensions = List.copyOf(extensions);
        ssrcs = List.copyOf(ssrcs);
        ssrcGroups = List.copyOf(ssrcGroups);
        rids = List.copyOf(rids);
    }

    /**
     * Whether the m-line is rejected or stopped: port 0 (RFC 3264 §6, JSEP §5.2.2), unless it is bundle-only, which
     * an offerer writes with port 0 for an m-line it wants only on the BUNDLE transport (RFC 9143 §7.2.1).
     */
    public boolean rejected() {
        return port == 0 && !bundleOnly;
    }

    /** The codec with payload type {@code pt}, or null. */
    public Codec codec(int pt) {
        for (Codec c : codecs) {
            if (c.payloadType() == pt) {
                return c;
            }
        }
        return null;
    }

    /** The id this m-line gives header extension {@code uri}, or -1 when it does not offer it. */
    public int extensionId(String uri) {
        for (HeaderExtension e : extensions) {
            if (e.uri().equals(uri)) {
                return e.id();
            }
        }
        return -1;
    }

    /** The RTX SSRC paired with {@code mediaSsrc} by an FID group, or -1. */
    public long rtxSsrcOf(long mediaSsrc) {
        for (SsrcGroup g : ssrcGroups) {
            if (g.semantics().equals(SsrcGroup.FID) && g.ssrcs().size() == 2 && g.ssrcs().get(0) == mediaSsrc) {
                return g.ssrcs().get(1);
            }
        }
        return -1;
    }
}
