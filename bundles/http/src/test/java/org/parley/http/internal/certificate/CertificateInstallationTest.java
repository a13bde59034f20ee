package org.parley.http.internal.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.audit.api.AuditException;
import org.parley.http.internal.certificate.TlsResource.CertificateUpload;
import org.parley.http.internal.tls.HostIdentity;
import org.parley.http.internal.tls.ServerKeystore;
import org.parley.http.internal.tls.TlsMaterial;

class CertificateInstallationTest {

    @TempDir
    Path dir;

    @Test
    void aCertificateForThePendingRequestIsInstalledAndServedAfterwards() throws Exception {
        TlsMaterial material = new TlsMaterial(dir);
        CertificateRequests requests = new CertificateRequests(dir);
        String csr = requests.create(new CertificateSubject("meet.example.org", List.of("alt.example.org"),
                "Hospital", null, null, null, "DE", null));
        assertTrue(csr.startsWith("-----BEGIN CERTIFICATE REQUEST-----"), csr);
        TestCa ca = new TestCa("Test CA");
        X509Certificate signed = ca.sign(csr, "meet.example.org");
        CertificateInstallation installation = new CertificateInstallation(material, requests);
        CertificateInstallation.Checked checked = installation.check(
                new CertificateUpload(TestCa.pem(signed, ca.certificate), null, null), List.of(), Instant.now());
        assertTrue(checked.pendingKey());
        ServerKeystore installed = installation.apply(checked, () -> { });
        assertEquals(signed, installed.certificate());
        assertFalse(Files.exists(dir.resolve(CertificateRequests.PENDING_KEY)), "the pending key is used up");
        ServerKeystore served = material.prepare("", "", new char[0], HostIdentity.discover(List.of()), Instant.now());
        assertEquals(signed, served.certificate());
        assertEquals(2, CertificateInstallation.chainOf(served).size());
    }

    @Test
    void anInstalledKeystoreThatDoesNotOpenFallsBackToTheSelfSignedOne() throws Exception {
        TlsMaterial material = new TlsMaterial(dir);
        TestCa ca = new TestCa("Test CA");
        var keys = TestCa.ecKeys();
        material.install(keys.getPrivate(), List.of(ca.issue("meet.example.org", keys.getPublic())));
        Files.writeString(dir.resolve("installed.password"), "not the password");
        ServerKeystore served = material.prepare("", "", new char[0], HostIdentity.discover(List.of()), Instant.now());
        assertTrue(served.selfSigned(), "HTTPS goes on with the self-signed certificate");
    }

    @Test
    void aCertificateForAnotherKeyThanThePendingOneIsRefused() throws Exception {
        CertificateRequests requests = new CertificateRequests(dir);
        requests.create(new CertificateSubject("meet.example.org", null, null, null, null, null, null, "RSA"));
        TestCa ca = new TestCa("Test CA");
        X509Certificate other = ca.issue("meet.example.org", TestCa.ecKeys().getPublic());
        CertificateRefused refused = assertThrows(CertificateRefused.class, () -> new CertificateInstallation(
                new TlsMaterial(dir), requests).check(new CertificateUpload(TestCa.pem(other), "", null), List.of(),
                Instant.now()));
        assertTrue(refused.getMessage().contains("pending certificate request"), refused.getMessage());
    }

    @Test
    void withoutAnAuditRecordThePreviousCertificateStays() throws Exception {
        TlsMaterial material = new TlsMaterial(dir);
        TestCa ca = new TestCa("Test CA");
        var keys = TestCa.ecKeys();
        X509Certificate first = ca.issue("meet.example.org", keys.getPublic());
        CertificateInstallation installation = new CertificateInstallation(material, new CertificateRequests(dir));
        installation.apply(installation.check(new CertificateUpload(TestCa.pem(first), TestCa.pem(keys.getPrivate()),
                null), List.of(), Instant.now()), () -> { });
        var otherKeys = TestCa.ecKeys();
        X509Certificate second = ca.issue("meet.example.org", otherKeys.getPublic());
        var checked = installation.check(new CertificateUpload(TestCa.pem(second), TestCa.pem(otherKeys.getPrivate()),
                null), List.of(), Instant.now());
        assertThrows(AuditException.class, () -> installation.apply(checked, () -> {
            throw new AuditException("audit down", null);
        }));
        ServerKeystore served = material.prepare("", "", new char[0], HostIdentity.discover(List.of()), Instant.now());
        assertEquals(first, served.certificate());
    }
}
