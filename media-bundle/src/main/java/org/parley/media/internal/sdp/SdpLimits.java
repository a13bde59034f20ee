package org.parley.media.internal.sdp;

/**
 * Bounds on what a browser may send. Chrome's largest real offers (several m-lines with ~30 video payload types)
 * stay under 16 KiB; the bounds leave head-room and stop memory and CPU amplification by a hostile client.
 */
public final class SdpLimits {
    /** Whole description, in characters. */
    public static final int MAX_CHARS = 64 * 1024;
    /** One line, in characters (a long fmtp or a 32-byte fingerprint line is well under 300). */
    public static final int MAX_LINE_CHARS = 2048;
    /** m-lines in one description. */
    public static final int MAX_MEDIA_SECTIONS = 64;
    /** Distinct SSRCs declared by one m-line (simulcast with RTX and FEC needs at most 9). */
    public static final int MAX_SSRCS_PER_MEDIA = 32;
    /** ssrc-group lines in one m-line. */
    public static final int MAX_SSRC_GROUPS_PER_MEDIA = 16;
    /** rid lines in one m-line (RFC 8853 simulcast layers). */
    public static final int MAX_RIDS_PER_MEDIA = 8;
    /** Feedback lines for one payload type. */
    public static final int MAX_FEEDBACK_PER_CODEC = 16;
    /**
     * A mid is carried in the RTP sdes:mid header extension (RFC 8843 §15), whose one-byte form holds at most 16
     * bytes; a longer mid could not be used on the wire.
     */
    public static final int MAX_MID_CHARS = 16;
    /** msid identifiers (RFC 8830 §2: 1*64token-char). */
    public static final int MAX_MSID_ID_CHARS = 64;

    private SdpLimits() {
    }
}
