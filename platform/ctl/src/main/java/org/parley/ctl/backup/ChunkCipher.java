package org.parley.ctl.backup;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM of one chunk. Associated data: the whole header, the chunk's index (8 bytes) and its flags (1 byte),
 * so a chunk moved to another place, a "last" flag set on an earlier chunk or a header changed all fail the tag.
 */
final class ChunkCipher {

    static final int TAG_BYTES = 16;
    static final int LAST = 1;

    private final SecretKeySpec key;
    private final byte[] header;
    private final byte[] noncePrefix;

    ChunkCipher(byte[] fileKey, SealedHeader header) {
        this.key = new SecretKeySpec(fileKey, "AES");
        this.header = header.bytes();
        this.noncePrefix = header.noncePrefix();
    }

    byte[] seal(long index, int flags, byte[] plain, int length) {
        try {
            return cipher(Cipher.ENCRYPT_MODE, index, flags).doFinal(plain, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The chunk's plaintext, or {@code null} when its tag does not verify. */
    byte[] open(long index, int flags, byte[] sealed) {
        try {
            return cipher(Cipher.DECRYPT_MODE, index, flags).doFinal(sealed);
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private Cipher cipher(int mode, long index, int flags) throws GeneralSecurityException {
        byte[] nonce = ByteBuffer.allocate(12).put(noncePrefix).putLong(index).array();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        cipher.updateAAD(header);
        cipher.updateAAD(ByteBuffer.allocate(9).putLong(index).put((byte) flags).array());
        return cipher;
    }
}
