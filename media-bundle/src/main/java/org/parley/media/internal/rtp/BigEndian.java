package org.parley.media.internal.rtp;

/**
 * Network-order (big-endian) reads and writes of unsigned fields in a byte array, shared by the RTP and RTCP
 * views. Callers check bounds first; these methods only assemble bytes.
 */
public final class BigEndian {

    private static final int BYTE = 0xFF;

    private BigEndian() {
    }

    /** The unsigned byte at {@code index}. */
    public static int uint8(byte[] array, int index) {
        return array[index] & BYTE;
    }

    /** The unsigned 16-bit field at {@code index}. */
    public static int uint16(byte[] array, int index) {
        return (array[index] & BYTE) << 8 | array[index + 1] & BYTE;
    }

    /** The unsigned 24-bit field at {@code index}. */
    public static int uint24(byte[] array, int index) {
        return (array[index] & BYTE) << 16 | (array[index + 1] & BYTE) << 8 | array[index + 2] & BYTE;
    }

    /** The 32-bit field at {@code index} as an unsigned value. */
    public static long uint32(byte[] array, int index) {
        return int32(array, index) & 0xFFFF_FFFFL;
    }

    /** The 32-bit field at {@code index} as a Java int (SSRCs are compared as ints). */
    public static int int32(byte[] array, int index) {
        return (array[index] & BYTE) << 24 | (array[index + 1] & BYTE) << 16 | (array[index + 2] & BYTE) << 8
                | array[index + 3] & BYTE;
    }

    /** Writes the low 16 bits of {@code value} at {@code index}. */
    public static void putUint16(byte[] array, int index, int value) {
        array[index] = (byte) (value >>> 8);
        array[index + 1] = (byte) value;
    }

    /** Writes the low 24 bits of {@code value} at {@code index}. */
    public static void putUint24(byte[] array, int index, int value) {
        array[index] = (byte) (value >>> 16);
        array[index + 1] = (byte) (value >>> 8);
        array[index + 2] = (byte) value;
    }

    /** Writes the low 32 bits of {@code value} at {@code index}. */
    public static void putInt32(byte[] array, int index, long value) {
        array[index] = (byte) (value >>> 24);
        array[index + 1] = (byte) (value >>> 16);
        array[index + 2] = (byte) (value >>> 8);
        array[index + 3] = (byte) value;
    }
}
