package org.parley.media.internal.sdp;

import java.util.List;

/**
 * {@code a=ssrc-group:<semantics> <ssrc> ...} (RFC 5576 §4.2). FID (RFC 5576 §4.2, RFC 4588) pairs a media SSRC
 * with its RTX SSRC: first the media, then the retransmission stream.
 */
public record SsrcGroup(String semantics, List<Long> ssrcs) {
    /** Flow identification: media SSRC, then its RTX SSRC. */
    public static final String FID = "FID";

    /** An immutable copy of the list. */
    public SsrcGroup {
        ssrcs = List.copyOf(ssrcs);
    }
}
