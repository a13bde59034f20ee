package org.parley.media.internal.rtp;

/**
 * Why {@link RtpHeader#wrap} refused a packet. The offending sizes are on the view
 * ({@link RtpHeader#refusedNeed()}, {@link RtpHeader#refusedHave()}), so refusing allocates nothing.
 */
public enum RtpRefusal {
    /** Not refused. */
    NONE,
    /** Shorter than the 12-byte fixed header. */
    TOO_SHORT,
    /** Version field is not 2. */
    BAD_VERSION,
    /** The CSRC count asks for more identifiers than the packet holds. */
    CSRC_PAST_END,
    /** The X bit is set but the 4-byte extension header does not fit. */
    EXTENSION_HEADER_PAST_END,
    /** The extension length (in 32-bit words) runs past the packet. */
    EXTENSION_PAST_END,
    /** The P bit is set but the padding count (last byte) is zero. */
    PADDING_ZERO,
    /** The padding count is larger than what follows the header. */
    PADDING_PAST_PAYLOAD
}
