package org.parley.media.internal.dtls;

/**
 * The SRTPProtectionProfile values of the use_srtp extension that the SFU negotiates (RFC 5764 §4.1.2, RFC 7714
 * §14.2), in our order of preference, with the master key and salt lengths that size the exported keying material
 * (RFC 5764 §4.2). The AEAD profiles come first: they authenticate with one pass of AES-GCM and their 16-byte tag
 * is stronger than AES-CM's 80-bit HMAC; AES-CM stays because every WebRTC browser must support it (RFC 8827 §6.5).
 * A copy of srtp's profile table on purpose: this layer sits below srtp and must not import it.
 */
public enum SrtpProtectionProfile {
    AEAD_AES_128_GCM(0x0007, 16, 12),
    AEAD_AES_256_GCM(0x0008, 32, 12),
    AES_CM_128_HMAC_SHA1_80(0x0001, 16, 14);

    private static final SrtpProtectionProfile[] PREFERENCE = values();

    private final int id;
    private final int keyBytes;
    private final int saltBytes;

    SrtpProtectionProfile(int id, int keyBytes, int saltBytes) {
        this.id = id;
        this.keyBytes = keyBytes;
        this.saltBytes = saltBytes;
    }

    /** The two-byte value on the wire, the same as srtp's {@code SrtpProfile.dtlsId()}. */
    public int id() {
        return id;
    }

    /** SRTP master key length. */
    public int keyBytes() {
        return keyBytes;
    }

    /** SRTP master salt length. */
    public int saltBytes() {
        return saltBytes;
    }

    /** Every profile's wire value in our order of preference, as a client offers them. */
    static int[] preferredIds() {
        int[] ids = new int[PREFERENCE.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = PREFERENCE[i].id;
        }
        return ids;
    }

    /** The profile with this wire value, or {@code null} for one we do not support. */
    public static SrtpProtectionProfile byId(int id) {
        for (SrtpProtectionProfile profile : PREFERENCE) {
            if (profile.id == id) {
                return profile;
            }
        }
        return null;
    }

    /**
     * The server's choice (RFC 5764 §4.1.1): our most preferred profile among the client's, whatever the client's
     * order; {@code null} when none is common.
     */
    static SrtpProtectionProfile choose(int[] offered) {
        for (SrtpProtectionProfile profile : PREFERENCE) {
            for (int id : offered) {
                if (id == profile.id) {
                    return profile;
                }
            }
        }
        return null;
    }
}
