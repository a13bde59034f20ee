package org.parley.media.internal.srtp;

import java.util.Arrays;
import org.parley.media.internal.transport.HmacKey;

/**
 * One direction of one DTLS-SRTP association: the master key and salt of that direction (later from the DTLS
 * exporter, RFC 5764 §4.2: client write key/salt for what the browser sends, server write key/salt for what the
 * SFU sends; for now given bytes), turned once into session keys (RFC 3711 §4.3, key derivation rate 0, so the
 * keys never change and do not depend on the SSRC) and one {@link PacketCipher} shared by all contexts.
 *
 * <p>Lifecycle: made when the DTLS handshake completes, one inbound and one outbound per participant transport;
 * the pipeline asks for one {@link SrtpContext} per RTP SSRC (and one {@link SrtcpContext} per RTCP sender SSRC)
 * the first time it routes a packet of a signalled SSRC, keeps it with that stream's state, and drops the session
 * and its contexts with the transport (a DTLS re-handshake makes a new session: new keys, ROC and replay state
 * start over). Unsignalled SSRCs must not get contexts, or a sender could make the SFU hold unbounded state.
 *
 * <p>Threading: everything here belongs to the meeting's one thread; nothing is shared across meetings, so no
 * locks. The master key is copied only long enough to derive the session keys; the JDK's key objects keep their own
 * copies ({@code SecretKeySpec} cannot be wiped). Nothing here is ever logged.
 */
public final class SrtpSession {
    private final SrtpProfile profile;
    private final PacketCipher cipher;

    /** Derives the session keys; the caller keeps (and wipes) its arrays, which must match the profile's sizes. */
    public SrtpSession(SrtpProfile profile, byte[] masterKey, byte[] masterSalt) {
        if (masterKey.length != profile.keyBytes() || masterSalt.length != profile.saltBytes()) {
            throw new IllegalArgumentException(profile + " needs a " + profile.keyBytes() + "-byte key and a "
                    + profile.saltBytes() + "-byte salt, got " + masterKey.length + " and " + masterSalt.length);
        }
        this.profile = profile;
        KeyDerivation derivation = new KeyDerivation(masterKey, masterSalt);
        this.cipher = profile.aead() ? gcm(profile, derivation) : aesCm(profile, derivation);
        derivation.wipe();
    }

    public SrtpProfile profile() {
        return profile;
    }

    /** A new context for the RTP stream {@code ssrc} (ROC 0, empty replay window). */
    public SrtpContext rtpContext(int ssrc) {
        return new SrtpContext(ssrc, profile, cipher);
    }

    /** A new context for the RTCP packets whose sender SSRC is {@code ssrc} (index 0, empty replay window). */
    public SrtcpContext rtcpContext(int ssrc) {
        return new SrtcpContext(ssrc, profile, cipher);
    }

    private static PacketCipher aesCm(SrtpProfile profile, KeyDerivation derivation) {
        AesCmHmacCipher.SessionKeys rtp = aesCmKeys(profile, derivation, KeyDerivation.RTP_ENCRYPTION,
                KeyDerivation.RTP_AUTHENTICATION, KeyDerivation.RTP_SALT);
        AesCmHmacCipher.SessionKeys rtcp = aesCmKeys(profile, derivation, KeyDerivation.RTCP_ENCRYPTION,
                KeyDerivation.RTCP_AUTHENTICATION, KeyDerivation.RTCP_SALT);
        return new AesCmHmacCipher(profile, rtp, rtcp);
    }

    private static AesCmHmacCipher.SessionKeys aesCmKeys(SrtpProfile profile, KeyDerivation derivation,
            int encryptionLabel, int authenticationLabel, int saltLabel) {
        byte[] key = derivation.derive(encryptionLabel, profile.keyBytes());
        AesCounterMode cipher = new AesCounterMode(key);
        Arrays.fill(key, (byte) 0);
        HmacKey authentication = new HmacKey(derivation.derive(authenticationLabel, profile.authKeyBytes()));
        return new AesCmHmacCipher.SessionKeys(cipher, derivation.derive(saltLabel, profile.saltBytes()),
                authentication);
    }

    private static PacketCipher gcm(SrtpProfile profile, KeyDerivation derivation) {
        byte[] rtpKey = derivation.derive(KeyDerivation.RTP_ENCRYPTION, profile.keyBytes());
        byte[] rtcpKey = derivation.derive(KeyDerivation.RTCP_ENCRYPTION, profile.keyBytes());
        PacketCipher cipher = new AesGcmCipher(profile, rtpKey, derivation.derive(KeyDerivation.RTP_SALT,
                profile.saltBytes()), rtcpKey, derivation.derive(KeyDerivation.RTCP_SALT, profile.saltBytes()));
        Arrays.fill(rtpKey, (byte) 0);
        Arrays.fill(rtcpKey, (byte) 0);
        return cipher;
    }
}
