package org.parley.health.internal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.parley.api.health.HealthResult;
import org.parley.api.health.HealthResult.Status;
import org.parley.health.internal.testing.Fakes;

class DiskCheckTest {

    @TempDir
    Path varLib;

    @Test
    void measuresTheVolumeOfVarLibEvenBeforeItExists() {
        Path notYetCreated = varLib.resolve("parley/var/lib");
        DiskCheck check = new DiskCheck(contextWith(notYetCreated.toString()),
                Fakes.config(DiskCheck.Config.class, Map.of("warnFreeMiB", 0L, "warnFreePercent", 0.0,
                        "downFreeMiB", 0L, "downFreePercent", 0.0)));

        HealthResult result = check.check();

        assertEquals("disk", check.name());
        assertFalse(check.critical());
        assertEquals(Status.UP, result.status(), result.detail());
        assertTrue(result.detail().endsWith("under " + notYetCreated), result.detail());
    }

    @Test
    void anImpossibleThresholdMakesItDown() {
        DiskCheck check = new DiskCheck(contextWith(varLib.toString()),
                Fakes.config(DiskCheck.Config.class, Map.of("downFreePercent", 100.0, "warnFreePercent", 100.0)));

        assertEquals(Status.DOWN, check.check().status());
    }

    @Test
    void withoutVarLibItWarnsInsteadOfGuessing() {
        DiskCheck check = new DiskCheck(contextWith(null), Fakes.config(DiskCheck.Config.class, Map.of()));

        HealthResult result = check.check();

        assertEquals(Status.WARN, result.status());
        assertTrue(result.detail().contains("parley.var.lib"), result.detail());
    }

    @Test
    void badConfigurationNamesThePidAndAttribute() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DiskCheck(
                contextWith(varLib.toString()), Fakes.config(DiskCheck.Config.class, Map.of("warnFreePercent", 1.0))));

        assertEquals("org.parley.health.Disk: warnFreePercent (1.0) must be at least downFreePercent (2.0)",
                e.getMessage());
    }

    private static BundleContext contextWith(String varLib) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("getProperty", varLib);
        return Fakes.answering(BundleContext.class, answers);
    }
}
