package org.parley.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.settings.SettingsProblem;

class DatabaseSettingsValidatorTest {

    @TempDir
    Path home;

    @Test
    void refusesBadValuesAndResolvesSecretFilesUnderEtcSecrets() throws Exception {
        DatabaseSettingsValidator validator = new DatabaseSettingsValidator();
        validator.activate(FakeBundleContext.forHome(home));
        Files.createDirectories(home.resolve("etc/secrets"));
        Files.writeString(home.resolve("etc/secrets/db-password"), "pw\n");

        List<SettingsProblem> bad = validator.validate(Map.of("url", "jdbc:oracle:thin:@db:1521/x", "user", "u"));
        List<SettingsProblem> good = validator.validate(Map.of("url", "jdbc:postgresql://db/parley", "user", "u",
                "passwordFile", "db-password"));

        assertEquals(List.of("url"), bad.stream().map(SettingsProblem::attribute).toList());
        assertEquals(List.of(), good);
    }
}
