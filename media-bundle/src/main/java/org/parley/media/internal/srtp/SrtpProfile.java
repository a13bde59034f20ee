package org.parley.media.internal.srtp;

/**
 * The SRTP protection profiles the SFU accepts (RFC 5764 §4.1.2, RFC 7714 §14.2), with their sizes in bytes.
 * AES-CM uses a 14-byte salt and an 80-bit HMAC-SHA1 tag over header, payload and ROC (RFC 3711 §4.1.1, §4.2);
 * the AEAD profiles use a 12-byte salt and a 16-byte GCM tag that covers the header as AAD (RFC 7714 §8–§10).
 */
public enum SrtpProfile {
    AES_CM_128_HMAC_SHA1_80(0x0001, 16, 14, 10, 20),
    AEAD_AES_128_GCM(0x0007, 16, 12, 16, 0),
    AEAD_AES_256_GCM(0x0008, 32, 12, 16, 0);

    /** The E flag and 31-bit SRTCP index appended to every SRTCP packet (RFC 3711 §3.4). */
    public static final int SRTCP_INDEX_BYTES = 4;

    private final int dtlsId;
    private final int keyBytes;
    private final int saltBytes;
    private final int tagBytes;
    private final int authKeyBytes;

    SrtpProfile(int dtlsId, int keyBytes, int saltBytes, int tagBytes, int authKeyBytes) {
        this.dtlsId = dtlsId;
        this.keyBytes = keyBytes;
        this.saltBytes = saltBytes;
        this.tagBytes = tagBytes;
        this.authKeyBytes = authKeyBytes;
    }

    /** The SRTPProtectionProfile value of the DTLS use_srtp extension. */
    public int dtlsId() {
        return dtlsId;
    }

    /** Master and session key length. */
    public int keyBytes() {
        return keyBytes;
    }

    /** Master and session salt length. */
    public int saltBytes() {
        return saltBytes;
    }

    /** The authentication tag appended to each SRTP and SRTCP packet. */
    public int tagBytes() {
        return tagBytes;
    }

    /** The HMAC-SHA1 session key length (n_a, RFC 3711 §4.2.1); 0 for AEAD profiles. */
    int authKeyBytes() {
        return authKeyBytes;
    }

    public boolean aead() {
        return authKeyBytes == 0;
    }

    /** Bytes a protected SRTP packet grows by: the room the caller must leave after the packet. */
    public int rtpOverhead() {
        return tagBytes;
    }

    /** Bytes a protected SRTCP packet grows by (tag plus E flag and index). */
    public int rtcpOverhead() {
        return tagBytes + SRTCP_INDEX_BYTES;
    }
}
