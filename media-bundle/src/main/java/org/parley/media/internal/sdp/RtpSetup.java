package org.parley.media.internal.sdp;

import java.util.List;

/**
 * What the SFU uses on one m-line: the one media codec (Opus or VP8), VP8's RTX codec or null, and the header
 * extensions the SFU reads or writes, with the browser's payload types and ids.
 */
public record RtpSetup(MediaKind kind, Codec codec, Codec rtx, List<HeaderExtension> extensions) {

    /** An immutable copy of the extensions. */
    public RtpSetup {
        extensions = List.copyOf(extensions);
    }

    /** The m-line's format list: the codec's payload type, then RTX's. */
    public List<String> formats() {
        return rtx == null ? List.of(Integer.toString(codec.payloadType()))
                : List.of(Integer.toString(codec.payloadType()), Integer.toString(rtx.payloadType()));
    }
}
