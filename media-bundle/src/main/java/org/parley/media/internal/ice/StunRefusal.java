package org.parley.media.internal.ice;

/**
 * Why {@link StunReader} refused a datagram. The sizes involved are kept by the reader
 * ({@link StunReader#refusalActual()}, {@link StunReader#refusalLimit()}) so that a refusal costs no allocation.
 */
public enum StunRefusal {
    /** Not refused. */
    NONE,
    /** Shorter than the 20-byte header: actual = datagram bytes, limit = 20. */
    TOO_SHORT,
    /** The two leading bits are not zero (RFC 8489 §5): actual = first byte. */
    NOT_STUN,
    /** The magic cookie is not 0x2112A442 (RFC 8489 §5): actual = the cookie field. */
    BAD_MAGIC_COOKIE,
    /** The message length is not a multiple of 4 (RFC 8489 §5): actual = the length field. */
    LENGTH_NOT_PADDED,
    /** Header plus message length is not the datagram's size: actual = 20 + length field, limit = datagram. */
    LENGTH_MISMATCH,
    /** An attribute (or its padding) runs past the message end: actual = its end offset, limit = message end. */
    ATTRIBUTE_OVERRUNS,
    /** A known fixed-size attribute has another length: actual = the length field, limit = the required one. */
    BAD_ATTRIBUTE_LENGTH,
    /** An attribute follows FINGERPRINT, which must be last (RFC 8489 §14.7): actual = its type. */
    FINGERPRINT_NOT_LAST
}
