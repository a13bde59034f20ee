package org.parley.http.internal.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateValidatorTest {

    private static final String HOST = "meet.example.org";

    private final TestCa ca;
    private final KeyPair server = TestCa.ecKeys();
    private final X509Certificate leaf;

    CertificateValidatorTest() throws Exception {
        ca = new TestCa("Test CA");
        leaf = ca.issue(HOST, server.getPublic());
    }

    @Test
    void aMatchingKeyAndOrderedChainPass() throws Exception {
        List<X509Certificate> chain = CertificateValidator.parseChain(TestCa.pem(leaf, ca.certificate));
        List<String> warnings = CertificateValidator.validate(chain,
                CertificateValidator.parseKey(TestCa.pem(server.getPrivate()), null), List.of(HOST), Instant.now());
        assertEquals(List.of(), warnings);
        assertEquals(2, chain.size());
    }

    @Test
    void aKeyOfAnotherCertificateIsRefused() throws Exception {
        CertificateRefused refused = assertThrows(CertificateRefused.class, () -> CertificateValidator.validate(
                List.of(leaf, ca.certificate), TestCa.ecKeys().getPrivate(), List.of(HOST), Instant.now()));
        assertEquals("privateKey", refused.field());
        assertTrue(refused.getMessage().startsWith("the private key does not match the certificate"),
                refused.getMessage());
    }

    @Test
    void anExpiredCertificateNamesItsDay() throws Exception {
        X509Certificate expired = ca.issue(HOST, server.getPublic(), Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2026-01-03T00:00:00Z"));
        CertificateRefused refused = assertThrows(CertificateRefused.class, () -> CertificateValidator.validate(
                List.of(expired), server.getPrivate(), List.of(), Instant.parse("2026-02-01T00:00:00Z")));
        assertTrue(refused.getMessage().contains("expired on 2026-01-03"), refused.getMessage());
    }

    @Test
    void aCertificateNotYetValidIsRefused() throws Exception {
        Instant now = Instant.now();
        X509Certificate future = ca.issue(HOST, server.getPublic(), now.plus(Duration.ofDays(3)),
                now.plus(Duration.ofDays(90)));
        CertificateRefused refused = assertThrows(CertificateRefused.class, () -> CertificateValidator.validate(
                List.of(future, ca.certificate), server.getPrivate(), List.of(), now));
        assertTrue(refused.getMessage().contains("is not valid before"), refused.getMessage());
    }

    @Test
    void aChainOutOfOrderOrSignedByAnotherKeyIsRefused() throws Exception {
        CertificateRefused reversed = assertThrows(CertificateRefused.class, () -> CertificateValidator.validate(
                List.of(leaf, new TestCa("Other CA").certificate), server.getPrivate(), List.of(), Instant.now()));
        assertTrue(reversed.getMessage().contains("out of order"), reversed.getMessage());
        TestCa impostor = new TestCa("Test CA");
        CertificateRefused forged = assertThrows(CertificateRefused.class, () -> CertificateValidator.validate(
                List.of(leaf, impostor.certificate), server.getPrivate(), List.of(), Instant.now()));
        assertTrue(forged.getMessage().contains("was not signed by the key of certificate 2"), forged.getMessage());
    }

    @Test
    void garbageIsNotAChain() {
        CertificateRefused refused = assertThrows(CertificateRefused.class,
                () -> CertificateValidator.parseChain("hello, I am not a certificate"));
        assertEquals("certificate", refused.field());
        assertTrue(refused.getMessage().contains("not a readable PEM chain"), refused.getMessage());
        assertThrows(CertificateRefused.class, () -> CertificateValidator.parseChain(
                "-----BEGIN CERTIFICATE-----\nAAAA!!!!\n-----END CERTIFICATE-----\n"));
        assertThrows(CertificateRefused.class, () -> CertificateValidator.parseKey("garbage", null));
    }

    @Test
    void anEncryptedKeyNeedsItsPassword() throws Exception {
        String encrypted = TestCa.encryptedPem(server.getPrivate(), "correct horse");
        CertificateRefused missing = assertThrows(CertificateRefused.class,
                () -> CertificateValidator.parseKey(encrypted, null));
        assertEquals("keyPassword", missing.field());
        assertTrue(missing.getMessage().contains("is encrypted"), missing.getMessage());
        assertThrows(CertificateRefused.class, () -> CertificateValidator.parseKey(encrypted, "wrong"));
        CertificateValidator.validate(List.of(leaf), CertificateValidator.parseKey(encrypted, "correct horse"),
                List.of(), Instant.now());
    }

    @Test
    void missingConfiguredNamesWarnAndWildcardsCover() throws Exception {
        List<String> warnings = CertificateValidator.validate(List.of(leaf), server.getPrivate(),
                List.of(HOST, "other.example.org"), Instant.now());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("other.example.org"));
        assertTrue(CertificateValidator.covers("DNS:*.example.org", "meet.example.org"));
        assertTrue(!CertificateValidator.covers("DNS:*.example.org", "a.b.example.org"));
    }
}
