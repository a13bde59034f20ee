package org.parley.media.internal.dtls;

import java.io.IOException;
import java.util.Hashtable;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.AlertLevel;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ExporterLabel;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;

/**
 * What our DTLS server and client share for one handshake: the local credentials, the peer certificate check, the
 * use_srtp negotiation (RFC 5764 §4.1) and the key export (§4.2), and afterwards whether the peer ended the
 * association. Confined to the thread running the handshake, except {@link #keys()} and {@link #endedByPeer()},
 * which are volatile.
 */
final class SrtpHandshake {
    /** What the SFU accepts as server: its certificate is ECDSA; AEAD first, CBC for older stacks. */
    static final int[] SERVER_CIPHER_SUITES = {
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,
    };
    /** As client, also the RSA suites: a page may give its RTCPeerConnection an RSA certificate. */
    static final int[] CLIENT_CIPHER_SUITES = {
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
    };
    /** Our certificate's key signs with ECDSA over SHA-256, which every DTLS 1.2 peer lists. */
    private static final SignatureAndHashAlgorithm SIGNATURE =
            SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa);

    private final DtlsCertificate certificate;
    private final PeerCertificateCheck peerCheck;
    private final int timeoutMillis;
    private SrtpProtectionProfile profile;
    private volatile SrtpKeyMaterial keys;
    private volatile boolean endedByPeer;

    SrtpHandshake(DtlsCertificate certificate, PeerCertificateCheck peerCheck, int timeoutMillis) {
        this.certificate = certificate;
        this.peerCheck = peerCheck;
        this.timeoutMillis = timeoutMillis;
    }

    DtlsCertificate certificate() {
        return certificate;
    }

    int timeoutMillis() {
        return timeoutMillis;
    }

    TlsCredentialedSigner credentials(TlsContext context) {
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), certificate.crypto(),
                certificate.privateKey(), certificate.chain(), SIGNATURE);
    }

    void verifyPeer(Certificate chain) throws IOException {
        peerCheck.verify(chain);
    }

    /** The client's use_srtp: every profile in our order, no MKI (WebRTC does not use one). */
    @SuppressWarnings("rawtypes") // BouncyCastle's extension API is raw Hashtable
    void offer(Hashtable clientExtensions) throws IOException {
        TlsSRTPUtils.addUseSRTPExtension(clientExtensions,
                new UseSRTPData(SrtpProtectionProfile.preferredIds(), TlsUtils.EMPTY_BYTES));
    }

    /**
     * The server's choice from the client's use_srtp (RFC 5764 §4.1.1); an MKI the client offers is ignored, which
     * our empty one in the answer says (§4.1.2).
     *
     * @throws DtlsRefusal when use_srtp is missing or has no profile we support
     */
    @SuppressWarnings("rawtypes")
    void choose(Hashtable clientExtensions) throws IOException {
        UseSRTPData offered = clientExtensions == null ? null : TlsSRTPUtils.getUseSRTPExtension(clientExtensions);
        if (offered == null) {
            throw new DtlsRefusal(DtlsFailure.MISSING_USE_SRTP, AlertDescription.handshake_failure);
        }
        profile = SrtpProtectionProfile.choose(offered.getProtectionProfiles());
        if (profile == null) {
            throw new DtlsRefusal(DtlsFailure.NO_COMMON_PROFILE, AlertDescription.handshake_failure);
        }
    }

    /** The server's use_srtp: exactly the chosen profile, empty MKI. */
    @SuppressWarnings("rawtypes")
    void answer(Hashtable serverExtensions) throws IOException {
        TlsSRTPUtils.addUseSRTPExtension(serverExtensions,
                new UseSRTPData(new int[] {profile.id()}, TlsUtils.EMPTY_BYTES));
    }

    /**
     * The client's check of the server's use_srtp (RFC 5764 §4.1.1): exactly one profile, one we offered, and no
     * MKI (we offered none; "a nonzero-length MKI ... different than the one the client offered" aborts).
     *
     * @throws DtlsRefusal when the server left use_srtp out or answered it wrongly
     */
    @SuppressWarnings("rawtypes")
    void checkAnswer(Hashtable serverExtensions) throws IOException {
        UseSRTPData answer = serverExtensions == null ? null : TlsSRTPUtils.getUseSRTPExtension(serverExtensions);
        if (answer == null) {
            throw new DtlsRefusal(DtlsFailure.MISSING_USE_SRTP, AlertDescription.handshake_failure);
        }
        int[] chosen = answer.getProtectionProfiles();
        profile = chosen.length == 1 ? SrtpProtectionProfile.byId(chosen[0]) : null;
        if (profile == null || answer.getMki().length != 0) {
            throw new DtlsRefusal(DtlsFailure.NO_COMMON_PROFILE, AlertDescription.illegal_parameter);
        }
    }

    /** At handshake completion: export and split the SRTP keying material (RFC 5764 §4.2). */
    void exportKeys(TlsContext context) {
        byte[] exported = context.exportKeyingMaterial(ExporterLabel.dtls_srtp, null,
                SrtpKeyMaterial.exportLength(profile));
        keys = SrtpKeyMaterial.split(profile, exported, !context.isServer());
    }

    /** A close_notify or fatal alert after the handshake ends the association. */
    void alertReceived(short level, short description) {
        if (keys != null && (level == AlertLevel.fatal || description == AlertDescription.close_notify)) {
            endedByPeer = true;
        }
    }

    /** The keys, once the handshake has completed; {@code null} before. */
    SrtpKeyMaterial keys() {
        return keys;
    }

    boolean endedByPeer() {
        return endedByPeer;
    }
}
