package org.parley.media.internal.sdp;

import java.util.List;
import java.util.Map;

/**
 * One payload type of an RTP m-line: {@code a=rtpmap:<pt> <name>/<clock rate>[/<channels>]} (RFC 8866 §6.6),
 * its {@code a=fmtp} parameters (RFC 8866 §6.15, kept in order) and its {@code a=rtcp-fb} feedback types
 * (RFC 4585 §4.2, e.g. "nack", "nack pli", "ccm fir", "transport-cc"). {@code channels} is 1 when absent.
 */
public record Codec(int payloadType, String name, int clockRate, int channels, String fmtp,
        Map<String, String> parameters, List<String> feedback) {

    /** Immutable copies of the collections. */
    public Codec {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        feedback = List.copyOf(feedback);
    }

    /** Whether the encoding name is {@code other}, ignoring case (RFC 8866 §6.6: names are case-insensitive). */
    public boolean is(String other) {
        return name.equalsIgnoreCase(other);
    }

    /** The {@code apt} of an RTX payload type (RFC 4588 §8.6), or -1. */
    public int associatedPayloadType() {
        String apt = parameters.get("apt");
        if (apt == null || apt.isEmpty() || apt.length() > 3 || !apt.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(apt);
    }
}
