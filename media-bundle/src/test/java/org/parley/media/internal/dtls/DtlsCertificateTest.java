package org.parley.media.internal.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Checked with the JDK's own X.509 and EC code, not BouncyCastle's. */
class DtlsCertificateTest {

    @Test
    void isASelfSignedEcdsaP256CertificateValidNow() throws Exception {
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(TestCertificates.SFU.encoded()));

        certificate.verify(certificate.getPublicKey()); // throws unless self-signed with its own key
        assertEquals("SHA256withECDSA", certificate.getSigAlgName());
        assertEquals(256, ((ECPublicKey) certificate.getPublicKey()).getParams().getCurve().getField().getFieldSize());
        assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
        assertTrue(certificate.getSerialNumber().signum() > 0);
        certificate.checkValidity();
        Duration validity = Duration.between(certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
        assertEquals(DtlsCertificate.VALIDITY.plus(DtlsCertificate.NOT_BEFORE_SLACK), validity);
        assertTrue(certificate.getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(300))));
    }

    @Test
    void fingerprintIsTheSha256OfTheDerInSdpForm() {
        String sdp = TestCertificates.SFU.fingerprint().toSdp();
        assertTrue(sdp.matches("sha-256 [0-9A-F]{2}(:[0-9A-F]{2}){31}"), sdp);
        assertTrue(TestCertificates.SFU.fingerprint().matches(TestCertificates.SFU.encoded()));
        assertNotEquals(TestCertificates.SFU.fingerprint(), TestCertificates.BROWSER.fingerprint());
    }
}
