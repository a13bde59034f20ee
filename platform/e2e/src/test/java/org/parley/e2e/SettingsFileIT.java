package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hand-edited settings file with a bad value: kept out, named by health, read-only through REST. */
class SettingsFileIT {

    private static final String FILE = "org.parley.health.Disk.cfg";

    @Test
    void badValueInAFileIsNamedByHealthAcrossARestartAndTheFileRules() throws Exception {
        try (Appliance parley = Appliance.boot(Map.of(FILE, "warnFreeMiB=lots\n"))) {
            assertSettingsWarningNamesFileAndAttribute(parley);

            Reply patch = parley.admin().send("/api/v1/settings/org.parley.health.Disk", "PATCH",
                    "{\"warnFreeMiB\": 100}", "application/json");
            assertEquals(409, patch.status(), patch::toString);
            assertTrue(patch.json().path("detail").asText().contains(FILE), patch::toString);

            parley.restart();
            assertSettingsWarningNamesFileAndAttribute(parley);

            Path file = parley.home().resolve("etc/conf.d").resolve(FILE);
            Files.writeString(file, "warnFreeMiB=100\n");
            Await.until("the settings check is UP once the file is fixed", () -> "UP".equals(
                    settings(parley).path("status").asText()));
        }
    }

    private static void assertSettingsWarningNamesFileAndAttribute(Appliance parley) {
        Await.until("the settings check warns", () -> "WARN".equals(settings(parley).path("status").asText()));
        String detail = settings(parley).path("detail").asText();
        assertTrue(detail.contains(FILE) && detail.contains("warnFreeMiB"), detail);
        assertEquals(200, parley.api().get("/api/v1/health").status(), "a bad file must not take Parley down");
    }

    private static JsonNode settings(Appliance parley) {
        return parley.api().get("/api/v1/health").json().path("components").path("settings");
    }
}
