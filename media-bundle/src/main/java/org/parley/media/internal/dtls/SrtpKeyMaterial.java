package org.parley.media.internal.dtls;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * The SRTP master keys and salts of one DTLS-SRTP association, split from the exporter output as RFC 5764 §4.2
 * lays it out:
 *
 * <pre>
 *   client_write_SRTP_master_key[key] | server_write_SRTP_master_key[key]
 *   | client_write_SRTP_master_salt[salt] | server_write_SRTP_master_salt[salt]
 * </pre>
 *
 * with key/salt lengths of the chosen profile (AES-CM 16/14, GCM-128 16/12, GCM-256 32/12). The client's write keys
 * protect what the DTLS client sends, the server's what the server sends: when the SFU is the DTLS server
 * ({@code localIsClient == false}) the client keys unprotect the browser's packets and the server keys protect ours,
 * and the other way round when the SFU is the client — {@link #localKey()} and friends do that mapping.
 *
 * <p>The arrays are owned by this record and not copied on access, so that {@link #wipe()} can zero them once the
 * SRTP sessions are made; {@link #toString()} never shows them. Immutable apart from {@code wipe}; safe to hand to
 * another thread.
 *
 * @param profileId the SRTPProtectionProfile value ({@link SrtpProtectionProfile#id()})
 */
public record SrtpKeyMaterial(int profileId, byte[] clientKey, byte[] clientSalt, byte[] serverKey,
        byte[] serverSalt, boolean localIsClient) {

    /**
     * @throws IllegalArgumentException when the profile is unknown or a length does not match it
     */
    public SrtpKeyMaterial {
        SrtpProtectionProfile profile = SrtpProtectionProfile.byId(profileId);
        if (profile == null) {
            throw new IllegalArgumentException("unknown SRTP protection profile 0x" + Integer.toHexString(profileId));
        }
        checkLength("client key", clientKey, profile.keyBytes());
        checkLength("server key", serverKey, profile.keyBytes());
        checkLength("client salt", clientSalt, profile.saltBytes());
        checkLength("server salt", serverSalt, profile.saltBytes());
    }

    private static void checkLength(String what, byte[] value, int expected) {
        if (Objects.requireNonNull(value, what).length != expected) {
            throw new IllegalArgumentException(what + " is " + value.length + " bytes, the profile needs " + expected);
        }
    }

    /** How many bytes to export for a profile: two keys and two salts. */
    public static int exportLength(SrtpProtectionProfile profile) {
        return 2 * (profile.keyBytes() + profile.saltBytes());
    }

    /**
     * Splits the exporter output (RFC 5764 §4.2) and zeroes it.
     *
     * @throws IllegalArgumentException when {@code exported} is not {@link #exportLength} bytes
     */
    public static SrtpKeyMaterial split(SrtpProtectionProfile profile, byte[] exported, boolean localIsClient) {
        if (exported.length != exportLength(profile)) {
            throw new IllegalArgumentException("exported " + exported.length + " bytes, "
                    + profile + " needs " + exportLength(profile));
        }
        int key = profile.keyBytes();
        int salt = profile.saltBytes();
        SrtpKeyMaterial material = new SrtpKeyMaterial(profile.id(),
                Arrays.copyOfRange(exported, 0, key),
                Arrays.copyOfRange(exported, 2 * key, 2 * key + salt),
                Arrays.copyOfRange(exported, key, 2 * key),
                Arrays.copyOfRange(exported, 2 * key + salt, 2 * key + 2 * salt),
                localIsClient);
        Arrays.fill(exported, (byte) 0);
        return material;
    }

    public SrtpProtectionProfile profile() {
        return SrtpProtectionProfile.byId(profileId);
    }

    /** The master key that protects what the SFU sends. */
    public byte[] localKey() {
        return localIsClient ? clientKey : serverKey;
    }

    /** The master salt that protects what the SFU sends. */
    public byte[] localSalt() {
        return localIsClient ? clientSalt : serverSalt;
    }

    /** The master key that unprotects what the browser sends. */
    public byte[] remoteKey() {
        return localIsClient ? serverKey : clientKey;
    }

    /** The master salt that unprotects what the browser sends. */
    public byte[] remoteSalt() {
        return localIsClient ? serverSalt : clientSalt;
    }

    /** Zeroes the keys and salts, once the SRTP sessions hold their own derived copies. */
    public void wipe() {
        Arrays.fill(clientKey, (byte) 0);
        Arrays.fill(clientSalt, (byte) 0);
        Arrays.fill(serverKey, (byte) 0);
        Arrays.fill(serverSalt, (byte) 0);
    }

    /** Same profile, role and bytes (compared in constant time). */
    @Override
    public boolean equals(Object other) {
        return other instanceof SrtpKeyMaterial that && profileId == that.profileId
                && localIsClient == that.localIsClient
                && MessageDigest.isEqual(clientKey, that.clientKey)
                && MessageDigest.isEqual(clientSalt, that.clientSalt)
                && MessageDigest.isEqual(serverKey, that.serverKey)
                && MessageDigest.isEqual(serverSalt, that.serverSalt);
    }

    /** From profile and role only, so that the key bytes never feed a hash table. */
    @Override
    public int hashCode() {
        return 31 * profileId + Boolean.hashCode(localIsClient);
    }

    /** Profile and role, never the keys. */
    @Override
    public String toString() {
        return "SrtpKeyMaterial[" + profile() + ", localIsClient=" + localIsClient + "]";
    }
}
