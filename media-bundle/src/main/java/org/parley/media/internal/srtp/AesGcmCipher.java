package org.parley.media.internal.srtp;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AEAD_AES_128_GCM and AEAD_AES_256_GCM (RFC 7714) on the JDK's {@code AES/GCM/NoPadding}. IVs (§8.1, §9.1), each
 * XORed with the 12-byte session salt:
 * <pre>
 *  SRTP:  | 00 00 | SSRC (4) | ROC (4) | SEQ (2) |
 *  SRTCP: | 00 00 | SSRC (4) | 00 00 | 0 + SRTCP index (31 bits) |
 * </pre>
 * AAD (§8.2, §9.2, §10): the RTP header (CSRCs and extension included); for SRTCP the first 8 bytes and the E flag +
 * index word, or, when E = 0, the whole packet and the word. Layouts:
 * <pre>
 *  SRTP:  | header | ciphertext | tag (16) |
 *  SRTCP: | 8 bytes | ciphertext | tag (16) | E|SRTCP index |
 * </pre>
 * Not allocation-free: {@code Cipher.init} needs a new {@link GCMParameterSpec} per packet and the JDK's GCM
 * allocates internally (see the README for the measured figure). The JDK refuses to re-init encryption with the
 * last key and IV; the contexts' replay check on protect guarantees a fresh index.
 */
final class AesGcmCipher implements PacketCipher {
    private static final int TAG_BITS = 128;
    private static final int IV_BYTES = 12;
    private static final int SSRC_AT = 2;
    private static final int ROC_AT = 6;
    private static final int SEQUENCE_AT = 10;
    private static final int RTCP_INDEX_AT = 8;
    private static final int NO_WORD = -1;

    private final int tagBytes;
    private final Cipher gcm;
    private final SecretKeySpec rtpKey;
    private final SecretKeySpec rtcpKey;
    private final byte[] rtpSalt;
    private final byte[] rtcpSalt;
    private final byte[] iv = new byte[IV_BYTES];

    AesGcmCipher(SrtpProfile profile, byte[] rtpKey, byte[] rtpSalt, byte[] rtcpKey, byte[] rtcpSalt) {
        this.tagBytes = profile.tagBytes();
        this.rtpKey = new SecretKeySpec(rtpKey, "AES");
        this.rtcpKey = new SecretKeySpec(rtcpKey, "AES");
        this.rtpSalt = rtpSalt;
        this.rtcpSalt = rtcpSalt;
        try {
            gcm = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has AES/GCM/NoPadding", e);
        }
    }

    @Override
    public void protectRtp(byte[] array, int offset, int header, int end, int ssrc, long index) {
        rtpIv(ssrc, index);
        transform(Cipher.ENCRYPT_MODE, rtpKey, array, offset, header, NO_WORD, end - header);
    }

    @Override
    public boolean unprotectRtp(byte[] array, int offset, int header, int end, int ssrc, long index) {
        rtpIv(ssrc, index);
        return transform(Cipher.DECRYPT_MODE, rtpKey, array, offset, header, NO_WORD, end - header + tagBytes);
    }

    @Override
    public void protectRtcp(byte[] array, int offset, int end, int ssrc, int word) {
        int clear = WireFields.RTCP_CLEAR_HEADER;
        int wordAt = offset + end + tagBytes;
        WireFields.putInt32(array, wordAt, word);
        rtcpIv(ssrc, word);
        transform(Cipher.ENCRYPT_MODE, rtcpKey, array, offset, clear, wordAt, end - clear);
    }

    @Override
    public boolean unprotectRtcp(byte[] array, int offset, int end, int ssrc, int word) {
        int clear = word < 0 ? WireFields.RTCP_CLEAR_HEADER : end;
        rtcpIv(ssrc, word);
        return transform(Cipher.DECRYPT_MODE, rtcpKey, array, offset, clear, offset + end + tagBytes,
                end - clear + tagBytes);
    }

    /**
     * One GCM operation in place with the IV in {@link #iv}: AAD = {@code array[offset, offset + aad)} plus the
     * 4-byte E flag + index at {@code wordAt} (if not {@link #NO_WORD}); then the {@code length} bytes after the AAD
     * are encrypted (tag appended) or decrypted (tag included). False only when decryption finds a wrong tag.
     */
    private boolean transform(int mode, SecretKeySpec key, byte[] array, int offset, int aad, int wordAt,
            int length) {
        try {
            gcm.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            gcm.updateAAD(array, offset, aad);
            if (wordAt != NO_WORD) {
                gcm.updateAAD(array, wordAt, SrtpProfile.SRTCP_INDEX_BYTES);
            }
            gcm.doFinal(array, offset + aad, length, array, offset + aad);
            return true;
        } catch (AEADBadTagException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("GCM failed other than by its tag (an IV reused by the caller?)", e);
        }
    }

    private void rtpIv(int ssrc, long index) {
        System.arraycopy(rtpSalt, 0, iv, 0, IV_BYTES);
        xorInt(SSRC_AT, ssrc);
        xorInt(ROC_AT, PacketIndex.rolloverCounter(index));
        iv[SEQUENCE_AT] ^= (byte) (index >>> 8);
        iv[SEQUENCE_AT + 1] ^= (byte) index;
    }

    private void rtcpIv(int ssrc, int word) {
        System.arraycopy(rtcpSalt, 0, iv, 0, IV_BYTES);
        xorInt(SSRC_AT, ssrc);
        xorInt(RTCP_INDEX_AT, word & SrtcpContext.INDEX_MASK);
    }

    private void xorInt(int at, int value) {
        for (int i = 0; i < Integer.BYTES; i++) {
            iv[at + i] ^= (byte) (value >>> (24 - 8 * i));
        }
    }
}
