package org.parley.media.internal.sdp;

/**
 * {@code a=msid:<stream id> [<track id>]} (RFC 8830 §2): the MediaStream and track a sender's m-line belongs to.
 * Stream "-" means no stream; the track id is informational and may be absent.
 */
public record Msid(String stream, String track) {

    /** The attribute value as written on the wire. */
    public String attributeValue() {
        return track == null ? stream : stream + " " + track;
    }
}
