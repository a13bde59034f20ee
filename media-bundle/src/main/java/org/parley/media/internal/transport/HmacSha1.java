package org.parley.media.internal.transport;

import java.security.DigestException;
import java.security.MessageDigest;

/**
 * HMAC-SHA1 (RFC 2104) over one reused {@link MessageDigest}, writing the MAC into a caller's buffer; shared by
 * STUN's MESSAGE-INTEGRITY and SRTP's authentication tag. It exists because {@code javax.crypto.Mac.doFinal(byte[],
 * int)} allocates on JDK 17 (it returns through a fresh array, 40 bytes a call as measured), which would break the
 * no-allocation rule of the packet path; the result is the same, as {@code HmacSha1Test} checks against
 * {@code javax.crypto.Mac}. The padded key blocks come from an {@link HmacKey}, so changing keys costs no re-init.
 * Not thread-safe: one per packet-processing thread.
 */
public final class HmacSha1 {
    public static final int MAC_BYTES = 20;

    private final MessageDigest sha1 = HmacKey.newSha1();
    private final byte[] innerHash = new byte[MAC_BYTES];
    private final byte[] scratch = new byte[4];
    private byte[] outerPad;

    public void start(HmacKey key) {
        sha1.reset();
        sha1.update(key.innerPad());
        outerPad = key.outerPad();
    }

    public void update(byte[] array, int offset, int length) {
        sha1.update(array, offset, length);
    }

    /** Adds the low 16 bits of {@code value}, big-endian. */
    public void updateShort(int value) {
        scratch[0] = (byte) (value >>> 8);
        scratch[1] = (byte) value;
        sha1.update(scratch, 0, 2);
    }

    /** Adds the 32 bits of {@code value}, big-endian (e.g. SRTP's rollover counter, RFC 3711 §4.2). */
    public void updateInt(int value) {
        scratch[0] = (byte) (value >>> 24);
        scratch[1] = (byte) (value >>> 16);
        scratch[2] = (byte) (value >>> 8);
        scratch[3] = (byte) value;
        sha1.update(scratch, 0, 4);
    }

    /** Writes the 20-byte MAC at {@code out[offset]}. */
    public void finish(byte[] out, int offset) {
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
