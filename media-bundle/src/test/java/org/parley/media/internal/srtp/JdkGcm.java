package org.parley.media.internal.srtp;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The reference: the JDK's {@code AES/GCM/NoPadding} with a 128-bit tag, as a one-shot encryption into a new array
 * or as a reused in-place cipher (what {@code AesGcmCipher} was before {@link Gcm}) for the throughput baseline.
 */
final class JdkGcm {
    private static final int TAG_BITS = Gcm.TAG_BYTES * Byte.SIZE;

    private final Cipher cipher;
    private final SecretKeySpec key;

    JdkGcm(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
        try {
            cipher = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Encrypts (tag appended) or decrypts (tag included, false on a wrong tag) {@code array[offset + aad, offset
     * + aad + length)} in place with {@code array[offset, offset + aad)} as AAD.
     */
    boolean transform(int mode, byte[] iv, byte[] array, int offset, int aad, int length) {
        try {
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(array, offset, aad);
            cipher.doFinal(array, offset + aad, length, array, offset + aad);
            return true;
        } catch (javax.crypto.AEADBadTagException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** Ciphertext || tag of {@code plaintext[offset, offset + length)}. */
    static byte[] seal(byte[] key, byte[] iv, byte[] aad, byte[] plaintext, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(plaintext, offset, length);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
