package org.parley.media.internal.srtp;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES in counter mode (RFC 3711 §4.1.1) made from one reused AES/ECB {@link Cipher}: the counter blocks
 * {@code IV + i} (i counted in the block's last 16 bits) are written into a scratch buffer, encrypted in one
 * {@code update} into a second buffer (different arrays, so the JDK does not copy) and XORed into the data. This
 * is what keeps the AES-CM path allocation-free: {@code AES/CTR} would need a new {@code IvParameterSpec} and an
 * {@code init} per packet. Used for the keystream of SRTP/SRTCP, for the key derivation PRF (§4.3.3) and, with a
 * 32-bit counter, for GCM's GCTR ({@link Gcm}).
 * Not thread-safe; one per session.
 */
final class AesCounterMode {
    static final int BLOCK_BYTES = 16;
    /** Enough keystream for any datagram a pooled buffer holds; longer data is processed in chunks. */
    private static final int CHUNK_BLOCKS = 128;
    private static final int BLOCK_COUNTER_BYTES = 2;

    private final Cipher aes;
    private final byte[] counters = new byte[CHUNK_BLOCKS * BLOCK_BYTES];
    private final byte[] keystream = new byte[CHUNK_BLOCKS * BLOCK_BYTES];

    AesCounterMode(byte[] key) {
        try {
            aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has AES/ECB/NoPadding", e);
        }
    }

    /**
     * XORs the keystream of the 16-byte initial counter block {@code iv} (whose last two bytes are zero) into
     * {@code data[offset, offset + length)}. RFC 3711 limits a packet to 2^16 blocks; a datagram is far shorter.
     */
    void apply(byte[] iv, byte[] data, int offset, int length) {
        run(iv, BLOCK_BYTES - BLOCK_COUNTER_BYTES, 0, data, offset, length);
    }

    /**
     * GCM's GCTR (NIST SP 800-38D §6.5): XORs the keystream of the counter blocks {@code iv[0, 12) || c} into
     * {@code data[offset, offset + length)}, c a 32-bit big-endian counter starting at {@code firstCounter} and
     * incremented modulo 2^32 (inc32).
     */
    void applyInc32(byte[] iv, int firstCounter, byte[] data, int offset, int length) {
        run(iv, BLOCK_BYTES - Integer.BYTES, firstCounter, data, offset, length);
    }

    /** Counter blocks are {@code iv[0, prefix)} followed by the low bytes of the big-endian block counter. */
    private void run(byte[] iv, int prefix, int firstCounter, byte[] data, int offset, int length) {
        int counter = firstCounter;
        int done = 0;
        while (done < length) {
            int chunk = Math.min(length - done, CHUNK_BLOCKS * BLOCK_BYTES);
            int blocks = (chunk + BLOCK_BYTES - 1) / BLOCK_BYTES;
            for (int b = 0; b < blocks; b++, counter++) {
                int at = b * BLOCK_BYTES;
                System.arraycopy(iv, 0, counters, at, prefix);
                for (int i = BLOCK_BYTES - 1, value = counter; i >= prefix; i--, value >>>= 8) {
                    counters[at + i] = (byte) value;
                }
            }
            encrypt(blocks * BLOCK_BYTES);
            for (int i = 0; i < chunk; i++) {
                data[offset + done + i] ^= keystream[i];
            }
            done += chunk;
        }
    }

    private void encrypt(int bytes) {
        try {
            aes.update(counters, 0, bytes, keystream, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException("keystream buffer is sized for the counters", e);
        }
    }
}
