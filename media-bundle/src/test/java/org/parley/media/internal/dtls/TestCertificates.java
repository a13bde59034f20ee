package org.parley.media.internal.dtls;

import java.util.List;

/** Certificates made once for all DTLS tests (a P-256 key pair costs a few milliseconds, a cold JIT more). */
final class TestCertificates {
    /** The SFU's. */
    static final DtlsCertificate SFU = DtlsCertificate.generate();
    /** The browser's: any self-signed ECDSA certificate will do, so our generator makes it too. */
    static final DtlsCertificate BROWSER = DtlsCertificate.generate();
    /** Someone else's, for fingerprint mismatches. */
    static final DtlsCertificate STRANGER = DtlsCertificate.generate();

    private TestCertificates() {
    }

    static List<CertificateFingerprint> browserFingerprint() {
        return List.of(BROWSER.fingerprint());
    }
}
