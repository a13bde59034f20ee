package org.parley.media.internal.ice;

/**
 * STUN attribute types used by ICE (RFC 8489 §18.3, RFC 8445 §16.1). Every attribute is a TLV padded to 4 bytes:
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Type                  |            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         Value (variable)                ....
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * The length counts the value without its padding. Types below 0x8000 are comprehension-required (RFC 8489 §14).
 */
public final class StunAttribute {
    public static final int HEADER_BYTES = 4;
    public static final int TYPE_OFFSET = 0;
    public static final int LENGTH_OFFSET = 2;
    public static final int COMPREHENSION_OPTIONAL_FIRST = 0x8000;

    public static final int USERNAME = 0x0006;
    public static final int MESSAGE_INTEGRITY = 0x0008;
    public static final int ERROR_CODE = 0x0009;
    public static final int UNKNOWN_ATTRIBUTES = 0x000A;
    public static final int XOR_MAPPED_ADDRESS = 0x0020;
    public static final int PRIORITY = 0x0024;
    public static final int USE_CANDIDATE = 0x0025;
    public static final int SOFTWARE = 0x8022;
    public static final int FINGERPRINT = 0x8028;
    public static final int ICE_CONTROLLED = 0x8029;
    public static final int ICE_CONTROLLING = 0x802A;

    /** HMAC-SHA1 output (RFC 8489 §14.5). */
    public static final int MESSAGE_INTEGRITY_BYTES = 20;
    /** CRC-32 (RFC 8489 §14.7). */
    public static final int FINGERPRINT_BYTES = 4;
    public static final int PRIORITY_BYTES = 4;
    /** The 64-bit tie-breaker of ICE-CONTROLLED / ICE-CONTROLLING (RFC 8445 §16.1). */
    public static final int TIE_BREAKER_BYTES = 8;
    /** RFC 8489 §14.3: the USERNAME value is shorter than 509 bytes. */
    public static final int USERNAME_MAX_BYTES = 508;

    private StunAttribute() {
    }

    /** The value length a known attribute must have, or -1 when it varies. */
    static int fixedValueLength(int type) {
        return switch (type) {
            case MESSAGE_INTEGRITY -> MESSAGE_INTEGRITY_BYTES;
            case FINGERPRINT -> FINGERPRINT_BYTES;
            case PRIORITY -> PRIORITY_BYTES;
            case USE_CANDIDATE -> 0;
            case ICE_CONTROLLED, ICE_CONTROLLING -> TIE_BREAKER_BYTES;
            default -> -1;
        };
    }

    static boolean comprehensionRequired(int type) {
        return type < COMPREHENSION_OPTIONAL_FIRST;
    }
}
