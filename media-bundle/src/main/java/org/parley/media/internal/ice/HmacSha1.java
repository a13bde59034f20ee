package org.parley.media.internal.ice;

import java.security.DigestException;
import java.security.MessageDigest;

/**
 * HMAC-SHA1 (RFC 2104) over one reused {@link MessageDigest}, writing the MAC into a caller's buffer. It exists
 * because {@code javax.crypto.Mac.doFinal(byte[], int)} allocates on JDK 17 (it returns through a fresh array,
 * 40 bytes a call as measured), which would break the no-allocation rule of the packet path; the result is the
 * same, as {@code StunIntegrityTest} checks against {@code javax.crypto.Mac}. The padded key blocks come from
 * {@link IntegrityKey}, cached per endpoint. Not thread-safe.
 */
final class HmacSha1 {
    static final int MAC_BYTES = 20;

    private final MessageDigest sha1 = IntegrityKey.newSha1();
    private final byte[] innerHash = new byte[MAC_BYTES];
    private final byte[] twoBytes = new byte[2];
    private byte[] outerPad;

    void start(IntegrityKey key) {
        sha1.reset();
        sha1.update(key.innerPad());
        outerPad = key.outerPad();
    }

    void update(byte[] array, int offset, int length) {
        sha1.update(array, offset, length);
    }

    void updateShort(int value) {
        StunMessage.putShort(twoBytes, 0, value);
        sha1.update(twoBytes, 0, 2);
    }

    /** Writes the 20-byte MAC at {@code out[offset]}. */
    void finish(byte[] out, int offset) {
        try {
            sha1.digest(innerHash, 0, MAC_BYTES);
            sha1.update(outerPad);
            sha1.update(innerHash);
            sha1.digest(out, offset, MAC_BYTES);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-1 output does not fit 20 bytes", e);
        }
    }
}
