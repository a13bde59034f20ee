package org.parley.media.internal.srtp;

import java.util.Arrays;

/**
 * The SRTP key derivation function (RFC 3711 §4.3) with key derivation rate 0, as DTLS-SRTP uses it (RFC 5764
 * §4.2): {@code x = (label || r) XOR master_salt} with r = 0, and the session key is the AES-CM keystream of the
 * master key at IV {@code x * 2^16} (§4.3.3). The label sits in byte 7 of the 14-byte salt field:
 * <pre>
 *  master salt (112 bits)  | s0 s1 s2 s3 s4 s5 s6 s7 s8 s9 s10 s11 s12 s13 | 00 00 |
 *  key_id = label || r(48) |                      lb 00 00 00 00  00  00   |       |
 * </pre>
 * The AEAD profiles' 96-bit master salt is zero-padded on the right to 112 bits (RFC 7714 §11, as libsrtp does).
 * Labels: 0/1/2 SRTP encryption key, authentication key, salt; 3/4/5 the same for SRTCP.
 */
final class KeyDerivation {
    static final int RTP_ENCRYPTION = 0;
    static final int RTP_AUTHENTICATION = 1;
    static final int RTP_SALT = 2;
    static final int RTCP_ENCRYPTION = 3;
    static final int RTCP_AUTHENTICATION = 4;
    static final int RTCP_SALT = 5;
    private static final int LABEL_AT = 7;
    private static final int SALT_FIELD_BYTES = 14;

    private final AesCounterMode prf;
    private final byte[] masterSalt;

    /** The master key and salt are copied; call {@link #wipe()} when all session keys are derived. */
    KeyDerivation(byte[] masterKey, byte[] masterSalt) {
        this.prf = new AesCounterMode(masterKey);
        this.masterSalt = Arrays.copyOf(masterSalt, SALT_FIELD_BYTES);
    }

    /** The {@code length}-byte session key for {@code label}. */
    byte[] derive(int label, int length) {
        byte[] iv = new byte[AesCounterMode.BLOCK_BYTES];
        System.arraycopy(masterSalt, 0, iv, 0, SALT_FIELD_BYTES);
        iv[LABEL_AT] ^= (byte) label;
        byte[] key = new byte[length];
        prf.apply(iv, key, 0, length);
        return key;
    }

    void wipe() {
        Arrays.fill(masterSalt, (byte) 0);
    }
}
