package org.parley.media.internal.dtls;

import java.io.IOException;
import java.util.List;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;

/**
 * Checks the peer's end-entity certificate against the fingerprints of its SDP (RFC 8122 §5: the certificate
 * matches when it hashes to any of the given fingerprints; RFC 8827 §6.5). BouncyCastle has already checked that
 * the peer holds the certificate's private key (the server's ServerKeyExchange signature, the client's
 * CertificateVerify), so a match binds the DTLS keys to the signalled peer. Immutable.
 */
final class PeerCertificateCheck {
    private final List<CertificateFingerprint> expected;

    /**
     * @throws IllegalArgumentException when there is no fingerprint to check against
     */
    PeerCertificateCheck(List<CertificateFingerprint> expected) {
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("the peer's SDP gave no certificate fingerprint to check (RFC 8122)");
        }
        this.expected = List.copyOf(expected);
    }

    /**
     * @throws DtlsRefusal with {@link DtlsFailure#MISSING_CERTIFICATE} or {@link DtlsFailure#FINGERPRINT_MISMATCH}
     */
    void verify(Certificate chain) throws IOException {
        if (chain == null || chain.isEmpty()) {
            // RFC 5246 §7.4.6: a server that requires a client certificate answers an empty one with this alert.
            throw new DtlsRefusal(DtlsFailure.MISSING_CERTIFICATE, AlertDescription.handshake_failure);
        }
        byte[] der = chain.getCertificateAt(0).getEncoded();
        for (CertificateFingerprint fingerprint : expected) {
            if (fingerprint.matches(der)) {
                return;
            }
        }
        throw new DtlsRefusal(DtlsFailure.FINGERPRINT_MISMATCH, AlertDescription.bad_certificate);
    }
}
