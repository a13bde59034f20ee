package org.parley.media.internal.sdp;

import java.util.List;

/**
 * What the server writes for one m-line of an answer or re-offer: an accepted section ({@code rtp} not null) on
 * the server's transport, or a rejected one (port 0, RFC 3264 §6) echoing {@code formats}. {@code track} is the
 * remote track the SFU sends on the m-line, or null when the SFU only receives on it.
 */
public record SectionPlan(String mid, String media, String protocol, List<String> formats, Direction direction,
        RtpSetup rtp, RemoteTrack track, boolean reducedSize) {

    /** An immutable copy of the formats. */
    public SectionPlan {
        formats = List.copyOf(formats);
    }

    /** A rejected (or stopped) m-line. */
    static SectionPlan rejected(String mid, String media, String protocol, List<String> formats) {
        return new SectionPlan(mid, media, protocol, formats.isEmpty() ? List.of("0") : formats, Direction.INACTIVE,
                null, null, false);
    }

    /** Whether the m-line is rejected: port 0 and out of the BUNDLE group. */
    public boolean isRejected() {
        return rtp == null;
    }

    /** This section with {@code direction}. */
    SectionPlan with(Direction direction) {
        return new SectionPlan(mid, media, protocol, formats, direction, rtp, track, reducedSize);
    }
}
