package org.parley.media.internal.srtp;

/**
 * AEAD_AES_128_GCM and AEAD_AES_256_GCM (RFC 7714) on our own allocation-free {@link Gcm}, one per session key. IVs
 * (§8.1, §9.1), each XORed with the 12-byte session salt:
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
 * Unprotect checks the tag before it decrypts. A GCM IV must never repeat under one key; the contexts' replay check
 * on protect guarantees a fresh index.
 */
final class AesGcmCipher implements PacketCipher {
    private static final int SSRC_AT = 2;
    private static final int ROC_AT = 6;
    private static final int SEQUENCE_AT = 10;
    private static final int RTCP_INDEX_AT = 8;
    private static final int TAG_BYTES = Gcm.TAG_BYTES;

    private final Gcm rtp;
    private final Gcm rtcp;
    private final byte[] rtpSalt;
    private final byte[] rtcpSalt;
    private final byte[] iv = new byte[Gcm.IV_BYTES];

    AesGcmCipher(SrtpProfile profile, byte[] rtpKey, byte[] rtpSalt, byte[] rtcpKey, byte[] rtcpSalt) {
        if (profile.tagBytes() != TAG_BYTES || !profile.aead()) {
            throw new IllegalArgumentException(profile + " is not an AEAD profile with a 16-byte tag");
        }
        this.rtp = new Gcm(rtpKey);
        this.rtcp = new Gcm(rtcpKey);
        this.rtpSalt = rtpSalt;
        this.rtcpSalt = rtcpSalt;
    }

    @Override
    public void protectRtp(byte[] array, int offset, int header, int end, int ssrc, long index) {
        rtpIv(ssrc, index);
        rtp.start(iv);
        rtp.aad(array, offset, header);
        rtp.seal(array, offset + header, end - header, offset + end);
    }

    @Override
    public boolean unprotectRtp(byte[] array, int offset, int header, int end, int ssrc, long index) {
        rtpIv(ssrc, index);
        rtp.start(iv);
        rtp.aad(array, offset, header);
        return rtp.open(array, offset + header, end - header, offset + end);
    }

    @Override
    public void protectRtcp(byte[] array, int offset, int end, int ssrc, int word) {
        WireFields.putInt32(array, offset + end + TAG_BYTES, word);
        startRtcp(array, offset, WireFields.RTCP_CLEAR_HEADER, end, ssrc, word);
        int clear = WireFields.RTCP_CLEAR_HEADER;
        rtcp.seal(array, offset + clear, end - clear, offset + end);
    }

    @Override
    public boolean unprotectRtcp(byte[] array, int offset, int end, int ssrc, int word) {
        int clear = word < 0 ? WireFields.RTCP_CLEAR_HEADER : end;
        startRtcp(array, offset, clear, end, ssrc, word);
        return rtcp.open(array, offset + clear, end - clear, offset + end);
    }

    /** IV, then AAD = the {@code clear} first bytes and the E flag + index word that follows the tag. */
    private void startRtcp(byte[] array, int offset, int clear, int end, int ssrc, int word) {
        rtcpIv(ssrc, word);
        rtcp.start(iv);
        rtcp.aad(array, offset, clear);
        rtcp.aad(array, offset + end + TAG_BYTES, SrtpProfile.SRTCP_INDEX_BYTES);
    }

    private void rtpIv(int ssrc, long index) {
        System.arraycopy(rtpSalt, 0, iv, 0, Gcm.IV_BYTES);
        xorInt(SSRC_AT, ssrc);
        xorInt(ROC_AT, PacketIndex.rolloverCounter(index));
        iv[SEQUENCE_AT] ^= (byte) (index >>> 8);
        iv[SEQUENCE_AT + 1] ^= (byte) index;
    }

    private void rtcpIv(int ssrc, int word) {
        System.arraycopy(rtcpSalt, 0, iv, 0, Gcm.IV_BYTES);
        xorInt(SSRC_AT, ssrc);
        xorInt(RTCP_INDEX_AT, word & SrtcpContext.INDEX_MASK);
    }

    private void xorInt(int at, int value) {
        for (int i = 0; i < Integer.BYTES; i++) {
            iv[at + i] ^= (byte) (value >>> (24 - 8 * i));
        }
    }
}
