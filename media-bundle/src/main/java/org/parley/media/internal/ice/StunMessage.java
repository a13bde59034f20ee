package org.parley.media.internal.ice;

/**
 * The STUN message header (RFC 8489 §5) as named offsets and static accessors over a byte array:
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |0 0|     STUN Message Type     |         Message Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         Magic Cookie                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     Transaction ID (96 bits)                  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * The message type interleaves a 12-bit method and a 2-bit class (RFC 8489 §5, figure 3); ICE uses only the
 * Binding method, so the four full type values are named here. The message length counts the attribute bytes
 * after the 20-byte header and is always a multiple of 4.
 */
public final class StunMessage {
    public static final int HEADER_BYTES = 20;
    public static final int TYPE_OFFSET = 0;
    public static final int LENGTH_OFFSET = 2;
    public static final int COOKIE_OFFSET = 4;
    public static final int TRANSACTION_ID_OFFSET = 8;
    public static final int TRANSACTION_ID_BYTES = 12;
    public static final int MAGIC_COOKIE = 0x2112A442;
    /** The two most significant bits of every STUN message are zero (RFC 8489 §5). */
    public static final int FIRST_BYTE_ZERO_BITS_MASK = 0xC0;

    public static final int BINDING_REQUEST = 0x0001;
    public static final int BINDING_INDICATION = 0x0011;
    public static final int BINDING_SUCCESS_RESPONSE = 0x0101;
    public static final int BINDING_ERROR_RESPONSE = 0x0111;

    private StunMessage() {
    }

    /** The 14-bit message type at {@code offset}; the caller has checked that the header fits. */
    public static int type(byte[] array, int offset) {
        return unsignedShort(array, offset + TYPE_OFFSET);
    }

    /** The message length field: attribute bytes after the header. */
    public static int declaredLength(byte[] array, int offset) {
        return unsignedShort(array, offset + LENGTH_OFFSET);
    }

    static int unsignedShort(byte[] array, int at) {
        return (array[at] & 0xFF) << 8 | array[at + 1] & 0xFF;
    }

    static int int32(byte[] array, int at) {
        return (array[at] & 0xFF) << 24 | (array[at + 1] & 0xFF) << 16 | (array[at + 2] & 0xFF) << 8
                | array[at + 3] & 0xFF;
    }

    static long int64(byte[] array, int at) {
        return (long) int32(array, at) << 32 | int32(array, at + 4) & 0xFFFF_FFFFL;
    }

    static void putShort(byte[] array, int at, int value) {
        array[at] = (byte) (value >>> 8);
        array[at + 1] = (byte) value;
    }

    static void putInt(byte[] array, int at, int value) {
        putShort(array, at, value >>> 16);
        putShort(array, at + 2, value);
    }

    /** Attribute values are padded to a multiple of 4 bytes (RFC 8489 §14). */
    static int padded(int valueLength) {
        return valueLength + 3 & ~3;
    }
}
