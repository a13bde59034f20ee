package org.parley.media.internal.ice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The HMAC-SHA1 key of STUN's short-term credential mechanism (RFC 8489 §9.1.1: key = OpaqueString(password)),
 * kept as the two padded key blocks of RFC 2104 so that {@link HmacSha1} never re-derives them. ICE passwords are
 * ice-chars only (RFC 8839 §5.4: ALPHA / DIGIT / "+" / "/"), for which OpaqueString is the identity, so the key is
 * the password's ASCII bytes. Made once per endpoint; immutable; never printed.
 */
public final class IntegrityKey {
    static final int BLOCK_BYTES = 64;
    private static final byte INNER_PAD = 0x36;
    private static final byte OUTER_PAD = 0x5C;

    private final byte[] innerPad = new byte[BLOCK_BYTES];
    private final byte[] outerPad = new byte[BLOCK_BYTES];

    /** The key for an ICE password (its bytes are copied; the password is not kept). */
    public IntegrityKey(String password) {
        this(password.getBytes(StandardCharsets.UTF_8));
    }

    /** A key from raw bytes, e.g. the MD5 key of the long-term mechanism (RFC 8489 §9.2.2); the array is wiped. */
    IntegrityKey(byte[] key) {
        if (key.length > BLOCK_BYTES) {
            key = sha1(key);
        }
        for (int i = 0; i < BLOCK_BYTES; i++) {
            byte k = i < key.length ? key[i] : 0;
            innerPad[i] = (byte) (k ^ INNER_PAD);
            outerPad[i] = (byte) (k ^ OUTER_PAD);
        }
        Arrays.fill(key, (byte) 0);
    }

    byte[] innerPad() {
        return innerPad;
    }

    byte[] outerPad() {
        return outerPad;
    }

    static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }

    private static byte[] sha1(byte[] data) {
        return newSha1().digest(data);
    }

    @Override
    public String toString() {
        return "IntegrityKey[redacted]";
    }
}
