package org.parley.system.internal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent;
import org.parley.system.internal.AuditTrail;
import org.parley.system.internal.Caller;
import org.parley.testing.support.FakeAudit;
import org.parley.testing.support.JarSigning;

class BundleUploadTest {

    private static final Caller ADMIN = new Caller("admin", "192.0.2.7");
    private static final JarSigning.Signer TRUSTED = JarSigning.newSigner("Parley release signing");

    @TempDir
    Path dir;

    private final FakeAudit audit = new FakeAudit();

    private Path deploy() {
        return dir.resolve("deploy");
    }

    private UploadedBundle upload(Path jar) throws IOException {
        BundleUpload upload = new BundleUpload(deploy(), new AuditTrail(() -> audit));
        Path received;
        try (InputStream in = Files.newInputStream(jar)) {
            received = upload.receive(in);
        }
        try {
            return upload.accept(received, "fixture.jar", TrustedSigners.parse(
                    new String[] {TRUSTED.certificatePem()}), name -> Optional.empty(), ADMIN);
        } finally {
            Files.deleteIfExists(received);
        }
    }

    private Path unsigned() throws IOException {
        return TestJars.bundle(dir.resolve("fixture.jar"), "org.parley.testing.fixture", "1.0.1");
    }

    @Test
    void aJarSignedByTheTrustedSignerIsMovedIntoTheDeployFolder() throws IOException {
        Path signed = JarSigning.sign(unsigned(), dir.resolve("signed.jar"), TRUSTED);
        UploadedBundle accepted = upload(signed);
        assertEquals("org.parley.testing.fixture", accepted.symbolicName());
        assertEquals("1.0.1", accepted.version());
        assertEquals(JarInspector.sha256(signed), accepted.sha256());
        assertTrue(accepted.signer().contains("Parley release signing"));
        assertTrue(Files.exists(deploy().resolve("org.parley.testing.fixture.jar")));
        AuditEvent event = audit.of("bundle.upload").get(0);
        assertEquals(AuditEvent.Outcome.SUCCESS, event.outcome());
        assertEquals(accepted.sha256(), event.details().get("sha256"));
        assertEquals("admin", event.actor());
    }

    @Test
    void aJarSignedByAnotherKeyIsRefusedAndNothingIsWritten() throws IOException {
        Path signed = JarSigning.sign(unsigned(), dir.resolve("signed.jar"), JarSigning.newSigner("Mallory"));
        ProblemException refused = assertThrows(ProblemException.class, () -> upload(signed));
        assertEquals(422, refused.status());
        assertTrue(refused.detail().contains("CN=Mallory, which is not a trusted signer"), refused.detail());
        assertNothingWritten();
    }

    @Test
    void anUnsignedJarIsRefused() throws IOException {
        ProblemException refused = assertThrows(ProblemException.class, () -> upload(unsigned()));
        assertEquals(422, refused.status());
        assertTrue(refused.detail().contains("the jar is not signed"), refused.detail());
        assertNothingWritten();
    }

    @Test
    void aJarChangedAfterSigningIsRefused() throws IOException {
        Path signed = JarSigning.sign(unsigned(), dir.resolve("signed.jar"), TRUSTED);
        Path tampered = replaceEntry(signed, dir.resolve("tampered.jar"), "fixture/version.txt", "evil");
        ProblemException refused = assertThrows(ProblemException.class, () -> upload(tampered));
        assertEquals(422, refused.status());
        assertTrue(refused.detail().contains("changed after it was signed"), refused.detail());
        assertNothingWritten();
        assertEquals(AuditEvent.Outcome.FAILURE, audit.of("bundle.upload").get(0).outcome());
    }

    @Test
    void uploadIsOffByDefault() {
        ProblemException refused = assertThrows(ProblemException.class, () -> BundleUpload.requireEnabled(false));
        assertEquals(409, refused.status());
        assertTrue(refused.detail().startsWith("bundle upload is turned off: set uploadEnabled in "
                + "org.parley.system.Deploy"), refused.detail());
        BundleUpload.requireEnabled(true);
    }

    @Test
    void trustedSignersThatAreNotCertificatesAreRefusedBySettings() {
        var problems = new DeploySettingsValidator().validate(java.util.Map.of("trustedSigners",
                new String[] {"-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----"}));
        assertEquals("trustedSigners", problems.get(0).attribute());
        assertEquals(List.of(), new DeploySettingsValidator().validate(java.util.Map.of("trustedSigners",
                new String[] {TRUSTED.certificatePem()})));
    }

    private void assertNothingWritten() throws IOException {
        try (var files = Files.list(deploy())) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".jar")));
        }
    }

    private static Path replaceEntry(Path jar, Path target, String name, String content) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(target);
                ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
        return target;
    }
}
