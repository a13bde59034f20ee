package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.support.JarSigning;

/**
 * The signed bundle upload over REST: off by default (409 naming the setting); turned on with a test signer through
 * the settings REST, a fixture 1.0.1 signed by another key is refused (422) and nothing changes, the one signed by
 * the trusted key is accepted, becomes the active 1.0.1, rolls back to 1.0.0, and the upload is audited with the
 * jar's SHA-256. Leaves the shared appliance as it found it (upload off, fixture 1.0.0 from its packaged jar).
 */
@ExtendWith(ParleyExtension.class)
class BundleUploadIT {

    private static final String FIXTURE = "org.parley.testing.fixture";
    private static final String DEPLOY = "/api/v1/settings/org.parley.system.Deploy";

    @Test
    void aSignedFixtureIsInstalledRolledBackAndAudited(Appliance parley, @TempDir Path dir) throws Exception {
        Api admin = parley.admin();
        Path next = Path.of(System.getProperty("parley.fixture.next"));
        JarSigning.Signer signer = JarSigning.newSigner("Parley e2e release signing");
        Path signed = JarSigning.sign(next, dir.resolve("fixture-1.0.1.jar"), signer);
        Reply off = upload(admin, signed);
        assertEquals(409, off.status(), off::toString);
        assertTrue(off.json().path("detail").asText().contains("set uploadEnabled in org.parley.system.Deploy"), off::toString);
        try {
            Accounts.expect(200, admin.send(DEPLOY, "PATCH", new ObjectMapper().writeValueAsString(Map.of(
                    "uploadEnabled", true, "trustedSigners", new String[] {signer.certificatePem()})),
                    "application/json"));
            Reply foreign = upload(admin, JarSigning.sign(next, dir.resolve("other.jar"),
                    JarSigning.newSigner("Mallory")));
            assertEquals(422, foreign.status(), foreign::toString);
            assertTrue(foreign.json().path("detail").asText().contains("not a trusted signer"), foreign::toString);
            assertEquals("1.0.0", fixture(admin).path("version").asText(), "a refused upload changes nothing");

            Reply accepted = upload(admin, signed);
            assertEquals(202, accepted.status(), accepted::toString);
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(signed)));
            assertEquals(sha256, accepted.json().path("sha256").asText());
            Await.until("the uploaded fixture 1.0.1 is active", () -> {
                JsonNode view = fixture(admin);
                return "1.0.1".equals(view.path("version").asText()) && "ACTIVE".equals(view.path("state").asText());
            });
            JsonNode upload = Accounts.audit(parley, "bundle.upload", FIXTURE).get(0);
            assertEquals(sha256, upload.path("details").path("sha256").asText(), upload::toString);
            assertEquals("1.0.1", upload.path("details").path("version").asText(), upload::toString);
            assertTrue(upload.path("details").path("signer").asText().contains("Parley e2e release signing"));

            Reply rolledBack = admin.post("/api/v1/system/bundles/" + FIXTURE + "/rollback", "");
            assertEquals(200, rolledBack.status(), rolledBack::toString);
            assertEquals("1.0.0", rolledBack.json().path("version").asText());
        } finally {
            admin.send(DEPLOY, "PATCH", "{\"uploadEnabled\": null, \"trustedSigners\": null}", "application/json");
            Files.deleteIfExists(parley.home().resolve("var/lib/deploy/" + FIXTURE + ".jar"));
            Await.until("the fixture is back at its packaged 1.0.0",
                    () -> "1.0.0".equals(fixture(admin).path("version").asText()));
        }
    }

    private static Reply upload(Api admin, Path jar) throws Exception {
        return admin.send(HttpRequest.newBuilder(admin.uri("/api/v1/system/bundles?filename=" + jar.getFileName()))
                .POST(HttpRequest.BodyPublishers.ofFile(jar)), Map.of("Content-Type", "application/java-archive"));
    }

    private static JsonNode fixture(Api admin) {
        for (JsonNode bundle : Accounts.expect(200, admin.get("/api/v1/system/bundles")).json()) {
            if (FIXTURE.equals(bundle.path("symbolicName").asText())) {
                return bundle;
            }
        }
        throw new AssertionError("no " + FIXTURE + " installed");
    }
}
