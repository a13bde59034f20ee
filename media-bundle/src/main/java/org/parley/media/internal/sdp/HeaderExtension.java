package org.parley.media.internal.sdp;

/**
 * {@code a=extmap:<id>[/<direction>] <uri> [<attributes>]} (RFC 8285 §8): an RTP header extension and its
 * local identifier (1-14 for the one-byte form, up to 255 with the two-byte form).
 */
public record HeaderExtension(int id, String uri) {
    /** Audio level of the packet (RFC 6464), read for dominant-speaker detection. */
    public static final String AUDIO_LEVEL = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";
    /** Transport-wide sequence number (draft-holmer-rmcat-transport-wide-cc-extensions-01). */
    public static final String TRANSPORT_CC =
            "http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01";
    /** The BUNDLE mid of the packet (RFC 8843 §15). */
    public static final String MID = "urn:ietf:params:rtp-hdrext:sdes:mid";
}
