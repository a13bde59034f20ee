package org.parley.media.internal.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * RFC 7714 §16 (SRTP) and §17 (SRTCP) with AEAD_AES_128_GCM and AEAD_AES_256_GCM. The RFC gives session keys and
 * salts (no key derivation), so the cipher is built from them directly.
 */
class Rfc7714VectorsTest {
    static final String KEY_128 = "000102030405060708090a0b0c0d0e0f";
    static final String KEY_256 = KEY_128 + "101112131415161718191a1b1c1d1e1f";
    static final String SALT = "517569642070726f2071756f";
    static final int RTP_SSRC = 0x5501a0b2;
    static final int RTCP_SSRC = 0x4d617273;
    static final int RTCP_WORD = 0x800005d4;
    static final String RTP = "8040f17b8041f8d35501a0b2"
            + "47616c6c696120657374206f6d6e697320646976697361 20696e20706172746573207472 6573";
    static final String SRTP_128 = "8040f17b8041f8d35501a0b2 f24de3a3fb34de6cacba861c9d7e4bcabe633bd50d294e6f42a5f47a"
            + "51c7d19b36de3adf8833899d7f27beb16a9152cf765ee4390cce";
    static final String SRTP_256 = "8040f17b8041f8d35501a0b2 32b1de78a822fe12ef9f78fa332e33aab18012389a58e2f3b50b2a02"
            + "76ffae0f1ba63799b87b7aa3db36dfffd6b0f9bb7878d7a76c13";
    static final String RTCP = "81c8000d4d617273 4e5450314e5450325254502000000 42a0000e9304c756e61"
            + "deadbeefdeadbeefdeadbeefdeadbeefdeadbeef";
    static final String SRTCP_128 = "81c8000d4d617273 63e94885dcdab67ca727d7662f6b7e997ff5c0f76c06f32dc676a5f1730d6fda"
            + "4ce09b4686303ded0bb9275bc84aa45896cf4d2fc5abf87245d9eade 800005d4";
    static final String SRTCP_256 = "81c8000d4d617273 d50ae4d1f5ce5d304ba297e47d470c282c3ece5dbffe0a50a2eaa5c1110555be"
            + "8415f658c61de0476f1b6fad1d1eb30c4446839f57ff6f6cb26ac3be 800005d4";

    @Test
    void srtpWithAes128Gcm() {
        checkSrtp(SrtpProfile.AEAD_AES_128_GCM, KEY_128, SRTP_128);
    }

    @Test
    void srtpWithAes256Gcm() {
        checkSrtp(SrtpProfile.AEAD_AES_256_GCM, KEY_256, SRTP_256);
    }

    @Test
    void srtcpWithAes128Gcm() {
        checkSrtcp(SrtpProfile.AEAD_AES_128_GCM, KEY_128, SRTCP_128);
    }

    @Test
    void srtcpWithAes256Gcm() {
        checkSrtcp(SrtpProfile.AEAD_AES_256_GCM, KEY_256, SRTCP_256);
    }

    static AesGcmCipher cipher(SrtpProfile profile, String key) {
        return new AesGcmCipher(profile, Hex.bytes(key), Hex.bytes(SALT), Hex.bytes(key), Hex.bytes(SALT));
    }

    private static void checkSrtp(SrtpProfile profile, String key, String expected) {
        byte[] packet = Hex.withRoom(RTP, profile.rtpOverhead());
        SrtpContext sender = new SrtpContext(RTP_SSRC, profile, cipher(profile, key));
        assertEquals(SrtpRefusal.NONE, sender.protect(packet, 0, packet.length - profile.rtpOverhead()));
        assertEquals(expected.replace(" ", ""), Hex.of(packet, 0, sender.length()));

        SrtpContext receiver = new SrtpContext(RTP_SSRC, profile, cipher(profile, key));
        assertEquals(SrtpRefusal.NONE, receiver.unprotect(packet, 0, packet.length));
        assertEquals(RTP.replace(" ", ""), Hex.of(packet, 0, receiver.length()));
    }

    private static void checkSrtcp(SrtpProfile profile, String key, String expected) {
        byte[] packet = Hex.withRoom(RTCP, profile.rtcpOverhead());
        int length = packet.length - profile.rtcpOverhead();
        cipher(profile, key).protectRtcp(packet, 0, length, RTCP_SSRC, RTCP_WORD);
        assertEquals(expected.replace(" ", ""), Hex.of(packet, 0, packet.length));

        SrtcpContext receiver = new SrtcpContext(RTCP_SSRC, profile, cipher(profile, key));
        assertEquals(SrtpRefusal.NONE, receiver.unprotect(packet, 0, packet.length));
        assertEquals(RTCP.replace(" ", ""), Hex.of(packet, 0, receiver.length()));
        assertEquals(SrtpRefusal.REPLAYED, receiver.unprotect(Hex.bytes(expected), 0, packet.length));
    }
}
