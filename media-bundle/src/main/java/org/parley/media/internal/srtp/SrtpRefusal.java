package org.parley.media.internal.srtp;

/**
 * Why a context refused to unprotect (or protect) a packet. Counted per context; never thrown, so a hostile
 * datagram costs no allocation. Replay and authentication are checked before anything is decrypted, so a refused
 * packet's bytes are left as received (except that the JDK's GCM zeroes the payload of a packet whose tag fails).
 */
public enum SrtpRefusal {
    /** Accepted. */
    NONE,
    /** Shorter than the fixed header plus the tag (and for SRTCP the E flag and index). */
    TOO_SHORT,
    /** Version field is not 2 (RFC 3550 §5.1). */
    BAD_VERSION,
    /** The CSRC list or header extension claims more bytes than the packet has before its tag. */
    HEADER_PAST_END,
    /** The authentication tag does not match (HMAC-SHA1, or the GCM tag). */
    AUTHENTICATION_FAILED,
    /** The packet index was already received inside the replay window (RFC 3711 §3.3.2). */
    REPLAYED,
    /** The packet index is older than the replay window (or before the stream began). */
    TOO_OLD,
    /** The SSRC in the packet is not the context's SSRC (the caller routed it to the wrong context). */
    WRONG_SSRC
}
