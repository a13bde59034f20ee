package org.parley.http.internal.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsMaterialTest {

    private static final HostIdentity HOST = HostIdentity.discover(List.of("meet.example.org"));

    @TempDir
    Path dir;

    @Test
    void selfSignedCertificateNamesTheHostAndIsKeptAcrossStarts() throws Exception {
        TlsMaterial tls = new TlsMaterial(dir.resolve("tls"));
        Instant now = Instant.now();
        ServerKeystore first = tls.prepare("", "", new char[0], HOST, now);
        assertTrue(first.selfSigned());
        X509Certificate certificate = first.certificate();
        String names = certificate.getSubjectAlternativeNames().toString();
        assertTrue(names.contains("meet.example.org") && names.contains("localhost") && names.contains("127.0.0.1"),
                names);
        assertEquals(Set(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(first.file()));
        ServerKeystore again = tls.prepare("", "", new char[0], HOST, now.plus(Duration.ofDays(1)));
        assertEquals(certificate.getSerialNumber(), again.certificate().getSerialNumber());
    }

    @Test
    void selfSignedCertificateIsRenewedNearExpiry() throws Exception {
        TlsMaterial tls = new TlsMaterial(dir.resolve("tls"));
        Instant now = Instant.now();
        ServerKeystore first = tls.prepare("", "", new char[0], HOST, now);
        ServerKeystore later = tls.prepare("", "", new char[0], HOST,
                now.plus(Duration.ofDays(SelfSignedCertificate.VALID_DAYS - 10)));
        assertNotEquals(first.certificate().getSerialNumber(), later.certificate().getSerialNumber());
    }

    @Test
    void adminPemCertificateAndKeyAreConverted() throws Exception {
        SelfSignedCertificate.Issued issued = SelfSignedCertificate.issue(HOST, Instant.now());
        Path cert = pem(dir.resolve("cert.pem"), issued.certificate());
        Path key = pem(dir.resolve("key.pem"), issued.keyPair().getPrivate());
        ServerKeystore keystore = new TlsMaterial(dir.resolve("tls")).prepare(cert.toString(), key.toString(),
                new char[0], HOST, Instant.now());
        assertEquals(issued.certificate(), keystore.certificate());
        assertTrue(!keystore.selfSigned());
    }

    @Test
    void aKeyOfAnotherCertificateIsRefusedNamingTheCertificate() throws Exception {
        SelfSignedCertificate.Issued one = SelfSignedCertificate.issue(HOST, Instant.now());
        SelfSignedCertificate.Issued other = SelfSignedCertificate.issue(HOST, Instant.now());
        Path cert = pem(dir.resolve("cert.pem"), one.certificate());
        Path key = pem(dir.resolve("key.pem"), other.keyPair().getPrivate());
        GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
                () -> TlsMaterial.load(cert, key, new char[0]));
        assertTrue(e.getMessage().contains("does not belong"), e.getMessage());
    }

    @Test
    void missingOrEmptyFilesAreNamed() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        assertTrue(assertThrows(GeneralSecurityException.class,
                () -> TlsMaterial.load(dir.resolve("nope.pem"), empty, new char[0])).getMessage().contains("nope.pem"));
        assertTrue(assertThrows(GeneralSecurityException.class,
                () -> TlsMaterial.load(empty, empty, new char[0])).getMessage().contains("no PEM certificate"));
    }

    private static java.util.Set<PosixFilePermission> Set(PosixFilePermission... permissions) {
        return java.util.Set.of(permissions);
    }

    private static Path pem(Path file, Object item) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            // Keys as PKCS#8 ("PRIVATE KEY"), what openssl genpkey and most CAs' tools write.
            writer.writeObject(item instanceof java.security.PrivateKey key
                    ? new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null) : item);
        }
        return Files.writeString(file, text.toString());
    }
}
