package org.parley.system.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.settings.SettingsProblem;

class FileValueGuardTest {

    private static final String FILE = "etc/conf.d/org.parley.store.Database.cfg";

    @TempDir
    Path dir;

    private FileValueGuard guard(List<SettingsProblem> validatorSays) {
        return new FileValueGuard(new LastValidStore(dir),
                new ConfigurationChecker(pid -> List.of(properties -> validatorSays)));
    }

    @Test
    void aBadValueIsReplacedByTheLastValidOneAndNamed() {
        FileValueGuard guard = guard(List.of());
        guard.guard(ConfigurationCheckerTest.DATABASE, Map.of("poolSize", "12"), FILE);
        FileValueGuard.Outcome outcome = guard.guard(ConfigurationCheckerTest.DATABASE,
                Map.of("poolSize", "abc", "url", "jdbc:derby:x"), FILE);
        assertEquals(12, outcome.properties().get("poolSize"));
        assertEquals("jdbc:derby:x", outcome.properties().get("url"));
        assertEquals(List.of(FILE + ": poolSize='abc' is not an integer; keeping 12"), outcome.problems());
    }

    @Test
    void withoutALastValidValueTheMetatypeDefaultIsKept() {
        FileValueGuard.Outcome outcome = guard(List.of()).guard(ConfigurationCheckerTest.DATABASE,
                Map.of("poolSize", "abc"), FILE);
        assertEquals(10, outcome.properties().get("poolSize"));
        assertEquals(List.of(FILE + ": poolSize='abc' is not an integer; keeping 10"), outcome.problems());
    }

    @Test
    void theLastValidValueSurvivesANewGuardOnTheSameFolder() {
        guard(List.of()).guard(ConfigurationCheckerTest.DATABASE, Map.of("poolSize", "33"), FILE);
        FileValueGuard.Outcome outcome = guard(List.of()).guard(ConfigurationCheckerTest.DATABASE,
                Map.of("poolSize", "-x-"), FILE);
        assertEquals(33, outcome.properties().get("poolSize"));
    }

    @Test
    void whatTheComponentsValidatorRefusesIsReplacedToo() {
        guard(List.of()).guard(ConfigurationCheckerTest.DATABASE, Map.of("tls", "true"), FILE);
        FileValueGuard.Outcome outcome = guard(List.of(new SettingsProblem("tls", "PostgreSQL needs tls=true")))
                .guard(ConfigurationCheckerTest.DATABASE, Map.of("tls", "false"), FILE);
        assertEquals(Boolean.TRUE, outcome.properties().get("tls"));
        assertEquals(List.of(FILE + ": PostgreSQL needs tls=true; keeping true"), outcome.problems());
    }

    @Test
    void goodFilesPassUnchangedAndAPasswordIsNeverShown() {
        FileValueGuard.Outcome good = guard(List.of()).guard(ConfigurationCheckerTest.DATABASE,
                Map.of("poolSize", "7", "felix.fileinstall.filename", "file:/x.cfg"), FILE);
        assertTrue(good.problems().isEmpty());
        assertEquals("7", good.properties().get("poolSize"));
        FileValueGuard.Outcome secret = guard(List.of()).guard(ConfigurationCheckerTest.DATABASE,
                Map.of("password", new String[] {"hunter2", "again"}), FILE);
        assertFalse(secret.problems().toString().contains("hunter2"), secret.problems().toString());
        assertFalse(secret.properties().containsKey("password"));
    }
}
