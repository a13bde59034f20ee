package org.parley.media.internal.sdp;

import java.util.List;

/**
 * A parsed session description: the origin line's session id and version (RFC 8866 §5.2; kept as digit
 * strings, they may exceed a long), the mids of the {@code a=group:BUNDLE} group (RFC 9143 §9.1; empty when
 * absent), whether the peer is ICE-lite, and the m-lines in order.
 *
 * @param bundleLine the line of the BUNDLE group, 0 when absent
 */
public record SessionDescription(String sessionId, String sessionVersion, List<String> bundle, int bundleLine,
        boolean iceLite, List<MediaDescription> media) {

    /** Immutable copies of the lists. */
    public SessionDescription {
        bundle = List.copyOf(bundle);
        media = List.copyOf(media);
    }

    /** The m-line with {@code mid}, or null. */
    public MediaDescription media(String mid) {
        for (MediaDescription m : media) {
            if (mid.equals(m.mid())) {
                return m;
            }
        }
        return null;
    }

    /**
     * The BUNDLE-tag m-line: the first mid of the group (RFC 9143 §7.2.1), whose transport every bundled m-line
     * shares; null without a group.
     */
    public MediaDescription bundleTag() {
        return bundle.isEmpty() ? null : media(bundle.get(0));
    }
}
