package org.parley.media.internal.transport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * An HMAC-SHA1 key (RFC 2104) kept as its two padded key blocks, so that {@link HmacSha1} never re-derives them:
 * STUN's MESSAGE-INTEGRITY key (the ICE layer's {@code IntegrityKey}) and SRTP's session authentication key
 * (RFC 3711 §4.2.1). Immutable after construction; never printed.
 */
public class HmacKey {
    static final int BLOCK_BYTES = 64;
    private static final byte INNER_PAD = 0x36;
    private static final byte OUTER_PAD = 0x5C;

    private final byte[] innerPad = new byte[BLOCK_BYTES];
    private final byte[] outerPad = new byte[BLOCK_BYTES];

    /** A key from raw bytes (hashed first when longer than a block, RFC 2104 §2); the given array is wiped. */
    public HmacKey(byte[] key) {
        byte[] material = key.length > BLOCK_BYTES ? newSha1().digest(key) : key;
        for (int i = 0; i < BLOCK_BYTES; i++) {
            byte k = i < material.length ? material[i] : 0;
            innerPad[i] = (byte) (k ^ INNER_PAD);
            outerPad[i] = (byte) (k ^ OUTER_PAD);
        }
        Arrays.fill(material, (byte) 0);
        Arrays.fill(key, (byte) 0);
    }

    final byte[] innerPad() {
        return innerPad;
    }

    final byte[] outerPad() {
        return outerPad;
    }

    /** A fresh SHA-1 digest; every Java platform has one. */
    public static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[redacted]";
    }
}
