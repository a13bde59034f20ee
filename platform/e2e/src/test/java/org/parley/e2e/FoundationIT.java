package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform as a whole: every bundle running, the OpenAPI document, and a hot swap through deploy/. */
@ExtendWith(ParleyExtension.class)
class FoundationIT {

    @Test
    void everyBundleIsActiveAndFragmentsResolved(Appliance parley) {
        Reply reply = parley.admin().get("/api/v1/system/bundles");
        assertEquals(200, reply.status(), reply::toString);
        List<String> wrong = new ArrayList<>();
        for (JsonNode bundle : reply.json()) {
            String expected = bundle.path("fragment").asBoolean() ? "RESOLVED" : "ACTIVE";
            if (!expected.equals(bundle.path("state").asText())) {
                wrong.add(bundle.path("symbolicName").asText() + "=" + bundle.path("state").asText());
            }
        }
        assertTrue(reply.json().size() > 40, "expected the whole bundle set, got " + reply.json().size());
        assertTrue(wrong.isEmpty(), "bundles not in their expected state: " + wrong);
    }

    /**
     * The appliance runs on the Java that {@code bin/parley} is meant to choose: the package tier passes the packaged
     * jlink runtime as {@code parley.java.home}, so the foundation tests prove that runtime, not the build's JDK.
     */
    @Test
    void runsOnTheChosenJava(Appliance parley) throws Exception {
        String chosen = System.getProperty("parley.java.home", "");
        String home = chosen.isBlank() ? System.getenv().getOrDefault("JAVA_HOME", "") : chosen;
        Path expected = home.isBlank() ? javaOnPath() : Path.of(home, "bin", "java");
        assertEquals(expected.toRealPath(), parley.javaExecutable().toRealPath());
    }

    private static Path javaOnPath() {
        for (String folder : System.getenv("PATH").split(":")) {
            Path java = Path.of(folder, "java");
            if (Files.isExecutable(java)) {
                return java;
            }
        }
        throw new IllegalStateException("no java on PATH");
    }

    @Test
    void openApiDocumentDescribesTheApi(Appliance parley) {
        Reply reply = parley.api().get("/api/v1/openapi.json");
        assertEquals(200, reply.status(), reply::toString);
        JsonNode document = reply.json();
        assertEquals("3.0.3", document.path("openapi").asText());
        JsonNode paths = document.path("paths");
        for (String path : List.of("/health", "/audit", "/settings", "/system/bundles", "/openapi.json")) {
            assertTrue(paths.has(path), "OpenAPI lacks " + path + ": " + paths.fieldNames());
        }
        assertEquals("public", paths.path("/health").path("get").path("x-permission").asText());
        assertEquals("audit:read", paths.path("/audit").path("get").path("x-permission").asText());
    }

    @Test
    void bundleUpdatedThroughDeployAnswersWithItsNewVersionInTheSameJvm(Appliance parley) throws Exception {
        JsonNode before = parley.admin().get("/api/v1/system/info").json();
        assertEquals("1.0.0", fixtureVersion(parley));

        Path deploy = parley.home().resolve("var/lib/deploy");
        Path next = Path.of(System.getProperty("parley.fixture.next"));
        Files.copy(next, deploy.resolve("fixture.jar.part"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(deploy.resolve("fixture.jar.part"), deploy.resolve("org.parley.testing.fixture.jar"),
                StandardCopyOption.ATOMIC_MOVE);
        try {
            Await.until("the fixture answers 1.0.1", () -> "1.0.1".equals(fixtureVersion(parley)));

            JsonNode after = parley.admin().get("/api/v1/system/info").json();
            assertEquals(before.path("pid").asLong(), after.path("pid").asLong(), "the JVM was restarted");
            assertEquals(parley.pid(), after.path("pid").asLong());
            assertEquals(before.path("frameworkUuid").asText(), after.path("frameworkUuid").asText());
            assertFalse(after.path("frameworkUuid").asText().isEmpty());
            long copies = 0;
            for (JsonNode bundle : parley.admin().get("/api/v1/system/bundles").json()) {
                if ("org.parley.testing.fixture".equals(bundle.path("symbolicName").asText())) {
                    copies++;
                    assertEquals("1.0.1", bundle.path("version").asText());
                }
            }
            assertEquals(1, copies, "the update installed a second copy");
        } finally {
            // Leave the shared appliance as found: roll back to the packaged 1.0.0.
            Files.deleteIfExists(deploy.resolve("org.parley.testing.fixture.jar"));
            Await.until("the fixture is back at 1.0.0", () -> "1.0.0".equals(fixtureVersion(parley)));
        }
    }

    @Test
    void stoppingABundleTakesItsRoutesAwayAndStartingBringsThemBack(Appliance parley) {
        String fixture = "/api/v1/system/bundles/org.parley.testing.fixture";
        assertEquals(200, parley.admin().post(fixture + "/stop", "").status());
        try {
            Await.until("the fixture route is gone", () -> parley.admin().get("/api/v1/testing/fixture").status() == 404);
            assertFalse(parley.api().get("/api/v1/openapi.json").json().path("paths").has("/testing/fixture"));
        } finally {
            assertEquals(200, parley.admin().post(fixture + "/start", "").status());
        }
        Await.until("the fixture route is back", () -> "1.0.0".equals(fixtureVersion(parley)));
        Reply core = parley.admin().post("/api/v1/system/bundles/org.parley.store/stop", "");
        assertEquals(409, core.status(), core::toString);
    }

    @Test
    void corruptJarInDeployIsRefusedAndAuditedWhileAllElseRuns(Appliance parley) throws Exception {
        Path broken = parley.home().resolve("var/lib/deploy/broken-plugin.jar");
        Files.writeString(broken, "this is not a jar");
        try {
            Await.until("the refusal is audited", () -> parley.admin()
                    .get("/api/v1/audit?action=bundle.install&target=broken-plugin.jar").json().toString()
                    .contains("FAILURE"));
            assertEquals(200, parley.api().get("/api/v1/health").status());
            assertEquals("1.0.0", fixtureVersion(parley));
            assertTrue(parley.log().contains("broken-plugin.jar"), "no log line names the refused jar");
        } finally {
            Files.deleteIfExists(broken);
        }
    }

    private static String fixtureVersion(Appliance parley) {
        Reply reply = parley.admin().get("/api/v1/testing/fixture");
        return reply.status() == 200 ? reply.json().path("version").asText() : "status " + reply.status();
    }
}
