package org.parley.media.internal.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CertificateFingerprintTest {
    private static final byte[] DER = TestCertificates.BROWSER.encoded();

    @Test
    void parsesWhatChromeSendsAndMatchesTheCertificate() throws Exception {
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(DER);
        String hex = HexFormat.ofDelimiter(":").withUpperCase().formatHex(sha256);
        CertificateFingerprint fingerprint = CertificateFingerprint.parse("sha-256 " + hex);

        assertTrue(fingerprint.matches(DER));
        assertFalse(fingerprint.matches(TestCertificates.STRANGER.encoded()));
        assertEquals("sha-256 " + hex, fingerprint.toSdp());
        assertEquals(CertificateFingerprint.of("sha-256", DER), fingerprint);
    }

    @Test
    void acceptsEitherCaseAndTheStrongerHashes() {
        String sdp384 = CertificateFingerprint.of("sha-384", DER).toSdp();
        assertTrue(CertificateFingerprint.parse(sdp384.toLowerCase(Locale.ROOT)).matches(DER));
        assertTrue(CertificateFingerprint.parse("SHA-512" + CertificateFingerprint.of("sha-512", DER).toSdp()
                .substring("sha-512".length())).matches(DER));
    }

    @Test
    void refusesWeakHashesWrongLengthsAndNonHex() {
        String sha256 = CertificateFingerprint.of("sha-256", DER).toSdp().substring("sha-256 ".length());
        assertEquals("fingerprint hash 'sha-1' refused: only sha-256, sha-384 and sha-512 are accepted",
                assertThrows(IllegalArgumentException.class,
                        () -> CertificateFingerprint.parse("sha-1 " + sha256.substring(0, 59))).getMessage());
        assertEquals("sha-256 fingerprint needs 32 colon-separated hex bytes (95 characters), got 92 characters",
                assertThrows(IllegalArgumentException.class,
                        () -> CertificateFingerprint.parse("sha-256 " + sha256.substring(3))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CertificateFingerprint.parse("sha-256 " + sha256.replace(':', '-')));
        assertThrows(IllegalArgumentException.class,
                () -> CertificateFingerprint.parse("sha-256 " + "ZZ" + sha256.substring(2)));
        assertThrows(IllegalArgumentException.class, () -> CertificateFingerprint.parse("sha-256"));
        assertThrows(IllegalArgumentException.class, () -> CertificateFingerprint.of("md5", DER));
    }
}
