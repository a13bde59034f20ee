package org.parley.media.internal.srtp;

/**
 * AES-GCM (NIST SP 800-38D §7) with 96-bit IVs and 128-bit tags, in place and allocation-free: GCTR is
 * {@link AesCounterMode} with inc32 from J0 + 1 (J0 = IV || 0x00000001, §7.1 step 2), GHASH is {@link Ghash} with
 * its per-key tables, and the tag is E(K, J0) XOR GHASH(A, C). {@link #open} computes and compares the tag (in
 * constant time) before it decrypts, so a forged packet is never decrypted. Use: {@link #start}, {@link #aad} once
 * or in pieces (they are hashed as one string), then {@link #seal} or {@link #open}. The caller never repeats an IV
 * under one key (the SRTP contexts refuse a repeated index). Not thread-safe; one per session key.
 */
final class Gcm {
    static final int IV_BYTES = 12;
    static final int TAG_BYTES = 16;
    private static final int J0_COUNTER = 1;

    private final AesCounterMode aes;
    private final Ghash ghash;
    private final byte[] tag = new byte[TAG_BYTES];
    private byte[] iv;
    private long aadBytes;

    Gcm(byte[] key) {
        aes = new AesCounterMode(key);
        byte[] hashKey = new byte[Ghash.BLOCK_BYTES];
        aes.applyInc32(new byte[IV_BYTES], 0, hashKey, 0, Ghash.BLOCK_BYTES);
        ghash = new Ghash(hashKey);
    }

    /** Begins an operation with the 12-byte {@code iv}, which must stay unchanged until it ends. */
    void start(byte[] iv) {
        this.iv = iv;
        aadBytes = 0;
        ghash.reset();
    }

    /** Authenticates {@code array[offset, offset + length)} as (the next part of) the additional data. */
    void aad(byte[] array, int offset, int length) {
        ghash.update(array, offset, length);
        aadBytes += length;
    }

    /** Encrypts {@code array[offset, offset + length)} in place and writes the tag at {@code tagAt}. */
    void seal(byte[] array, int offset, int length, int tagAt) {
        aes.applyInc32(iv, J0_COUNTER + 1, array, offset, length);
        computeTag(array, offset, length);
        System.arraycopy(tag, 0, array, tagAt, TAG_BYTES);
    }

    /** Checks the tag at {@code tagAt}; only if it matches, decrypts {@code array[offset, offset + length)}. */
    boolean open(byte[] array, int offset, int length, int tagAt) {
        computeTag(array, offset, length);
        int difference = 0;
        for (int i = 0; i < TAG_BYTES; i++) {
            difference |= tag[i] ^ array[tagAt + i];
        }
        if (difference != 0) {
            return false;
        }
        aes.applyInc32(iv, J0_COUNTER + 1, array, offset, length);
        return true;
    }

    private void computeTag(byte[] ciphertext, int offset, int length) {
        ghash.pad();
        ghash.update(ciphertext, offset, length);
        ghash.finish(aadBytes, length, tag, 0);
        aes.applyInc32(iv, J0_COUNTER, tag, 0, TAG_BYTES);
    }
}
