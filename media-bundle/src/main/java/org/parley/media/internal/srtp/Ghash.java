package org.parley.media.internal.srtp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * GHASH (NIST SP 800-38D §6.4) with Shoup's 4-bit tables: the 16 multiples {@code n·H} (n a 4-bit polynomial) as
 * 128-bit pairs of longs, built once per key, so multiplying by H takes 32 table look-ups, shifts and XORs per block
 * and allocates nothing. Blocks are big-endian with bit 0 (x^0) the top bit of byte 0, as in the standard; the
 * reduction of the 4 bits shifted out uses {@link #REDUCTION} (R = 11100001 || 0^120, pre-multiplied). The look-ups
 * are indexed by hashed data (as in OpenSSL's and mbed TLS's portable GCM); 256 bytes of tables plus 128, small
 * enough to stay in L1. Input is streamed: {@link #update} may be called in pieces, {@link #pad} zero-pads the
 * partial block that ends the AAD. Not thread-safe; one per key.
 */
final class Ghash {
    static final int BLOCK_BYTES = 16;
    private static final int NIBBLES = 16;
    /** R · n for the 4 bits n shifted out of x^127, placed in the top 16 bits of the high word. */
    private static final long[] REDUCTION = {
        0x0000, 0x1c20, 0x3840, 0x2460, 0x7080, 0x6ca0, 0x48c0, 0x54e0,
        0xe100, 0xfd20, 0xd940, 0xc560, 0x9180, 0x8da0, 0xa9c0, 0xb5e0,
    };
    private static final int REDUCTION_SHIFT = 48;
    private static final long R_HIGH = 0xe100000000000000L;

    private static final VarHandle BIG_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final long[] high = new long[NIBBLES];
    private final long[] low = new long[NIBBLES];
    /** Y, the running hash, as x^0..x^63 (top bit first) and x^64..x^127. */
    private long stateHigh;
    private long stateLow;
    /** Bytes of a partial block already XORed into the state. */
    private int filled;

    /** Builds the tables for the hash key {@code h} = E(K, 0^128). */
    Ghash(byte[] h) {
        long vh = readLong(h, 0);
        long vl = readLong(h, Long.BYTES);
        high[8] = vh;
        low[8] = vl;
        // Entries 4, 2, 1 are H·x, H·x^2, H·x^3 (a right shift by one bit is a multiplication by x)
        for (int i = 4; i > 0; i >>= 1) {
            long carry = (vl & 1) != 0 ? R_HIGH : 0;
            vl = (vh << 63) | (vl >>> 1);
            vh = (vh >>> 1) ^ carry;
            high[i] = vh;
            low[i] = vl;
        }
        for (int i = 2; i < NIBBLES; i <<= 1) {
            for (int j = 1; j < i; j++) {
                high[i + j] = high[i] ^ high[j];
                low[i + j] = low[i] ^ low[j];
            }
        }
    }

    /** Starts a new hash (Y0 = 0). */
    void reset() {
        stateHigh = 0;
        stateLow = 0;
        filled = 0;
    }

    /** Hashes {@code data[offset, offset + length)}, continuing any partial block. */
    void update(byte[] data, int offset, int length) {
        int at = offset;
        int end = offset + length;
        while (filled != 0 && at < end) {
            xorByte(filled++, data[at++]);
            if (filled == BLOCK_BYTES) {
                multiply();
            }
        }
        for (; end - at >= BLOCK_BYTES; at += BLOCK_BYTES) {
            stateHigh ^= (long) BIG_ENDIAN_LONG.get(data, at);
            stateLow ^= (long) BIG_ENDIAN_LONG.get(data, at + Long.BYTES);
            multiply();
        }
        while (at < end) {
            xorByte(filled++, data[at++]);
        }
    }

    /** Zero-pads a partial block (the end of the AAD or of the ciphertext). */
    void pad() {
        if (filled > 0) {
            multiply();
        }
    }

    /** Pads, hashes the length block len(A) || len(C) in bits and writes the 16-byte result at {@code out}. */
    void finish(long aadBytes, long dataBytes, byte[] out, int at) {
        pad();
        stateHigh ^= aadBytes * Byte.SIZE;
        stateLow ^= dataBytes * Byte.SIZE;
        multiply();
        BIG_ENDIAN_LONG.set(out, at, stateHigh);
        BIG_ENDIAN_LONG.set(out, at + Long.BYTES, stateLow);
    }

    /** Y = Y · H, nibble by nibble from the last (highest powers of x) to the first. */
    private void multiply() {
        long zh = 0;
        long zl = 0;
        for (int i = BLOCK_BYTES - 1; i >= 0; i--) {
            int value = (int) ((i < Long.BYTES ? stateHigh : stateLow) >>> (56 - 8 * (i & 7))) & 0xff;
            if (i != BLOCK_BYTES - 1) {
                int rem = (int) zl & 0xf;
                zl = (zh << 60) | (zl >>> 4);
                zh = (zh >>> 4) ^ (REDUCTION[rem] << REDUCTION_SHIFT);
            }
            zh ^= high[value & 0xf];
            zl ^= low[value & 0xf];
            int rem = (int) zl & 0xf;
            zl = (zh << 60) | (zl >>> 4);
            zh = (zh >>> 4) ^ (REDUCTION[rem] << REDUCTION_SHIFT) ^ high[value >>> 4];
            zl ^= low[value >>> 4];
        }
        stateHigh = zh;
        stateLow = zl;
        filled = 0;
    }

    private void xorByte(int index, byte value) {
        long shifted = (value & 0xffL) << (56 - 8 * (index & 7));
        if (index < Long.BYTES) {
            stateHigh ^= shifted;
        } else {
            stateLow ^= shifted;
        }
    }

    private static long readLong(byte[] bytes, int at) {
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (bytes[at + i] & 0xff);
        }
        return value;
    }
}
