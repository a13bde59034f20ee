package org.parley.store.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.settings.SettingsProblem;

class SettingsParserTest {

    private static final String URL = "jdbc:postgresql://db.example.org:5433/parley";
    private static final String SECRET = "s3cret-Passw0rd";

    @TempDir
    Path secrets;

    @Test
    void emptyConfigurationIsEmbeddedDerbyWithDefaults() {
        DatabaseSettings settings = valid(Map.of());

        assertTrue(settings.embedded());
        assertEquals(DatabaseSettings.DEFAULT_POOL_SIZE, settings.poolSize());
        assertEquals(DatabaseSettings.DEFAULT_CONNECT_TIMEOUT_SECONDS, settings.connectTimeoutSeconds());
        assertEquals(SslMode.REQUIRE, settings.sslMode());
    }

    @Test
    void postgresqlWithInlinePassword() {
        DatabaseSettings settings = valid(Map.of("url", URL, "user", "parley", "password", SECRET,
                "sslMode", "disable", "poolSize", 4, "connectTimeoutSeconds", "7"));

        assertFalse(settings.embedded());
        assertEquals("db.example.org:5433", settings.endpoint());
        assertEquals(SECRET, settings.password());
        assertEquals(SslMode.DISABLE, settings.sslMode());
        assertEquals(4, settings.poolSize());
        assertEquals(7, settings.connectTimeoutSeconds());
        assertFalse(settings.toString().contains(SECRET), settings.toString());
    }

    @Test
    void portDefaultsTo5432() {
        assertEquals("[::1]:5432", valid(Map.of("url", "jdbc:postgresql://[::1]/parley", "user", "u")).endpoint());
    }

    @Test
    void urlMustBePostgresql() {
        assertOnlyProblem(Map.of("url", "jdbc:mysql://db/parley", "user", "u"), "url", "jdbc:postgresql://");
        assertOnlyProblem(Map.of("url", "jdbc:postgresql://db.example.org/", "user", "u"), "url", "database");
        assertOnlyProblem(Map.of("url", "jdbc:postgresql://a,b/parley", "user", "u"), "url", "host");
    }

    @Test
    void urlMustNotCarryPasswordOrSslMode() {
        assertOnlyProblem(Map.of("url", URL + "?password=" + SECRET, "user", "u"), "url", "password");
        assertOnlyProblem(Map.of("url", URL + "?ssl=true&sslmode=disable", "user", "u"), "url", "sslMode setting");
    }

    @Test
    void userIsRequiredWithUrl() {
        assertOnlyProblem(Map.of("url", URL), "user", "required");
    }

    @Test
    void passwordAndPasswordFileNotBoth() throws IOException {
        Files.writeString(secrets.resolve("db-password"), SECRET + "\n");

        assertOnlyProblem(Map.of("url", URL, "user", "u", "password", "x", "passwordFile", "db-password"),
                "passwordFile", "not both");
    }

    @Test
    void relativePasswordFileIsReadUnderSecretsWithoutItsLineEnd() throws IOException {
        Files.writeString(secrets.resolve("db-password"), SECRET + "\r\n");

        DatabaseSettings settings = valid(Map.of("url", URL, "user", "u", "passwordFile", "db-password"));

        assertEquals(SECRET, settings.password());
    }

    @Test
    void missingOrEmptyPasswordFileIsAProblem() throws IOException {
        assertOnlyProblem(Map.of("url", URL, "user", "u", "passwordFile", "nope"), "passwordFile", "does not exist");
        Files.writeString(secrets.resolve("empty"), "\n");
        assertOnlyProblem(Map.of("url", URL, "user", "u", "passwordFile", "empty"), "passwordFile", "empty");
    }

    @Test
    void verifyFullNeedsAReadableCaCertificate() throws IOException {
        Map<String, Object> properties = new HashMap<>(Map.of("url", URL, "user", "u", "sslMode", "verify-full"));
        assertOnlyProblem(properties, "sslRootCert", "required");

        Files.writeString(secrets.resolve("not-a-cert.pem"), "hello");
        properties.put("sslRootCert", "not-a-cert.pem");
        assertOnlyProblem(properties, "sslRootCert", "not a PEM or DER X.509 certificate");

        Path ca = secrets.resolve("ca.pem");
        try (InputStream pem = getClass().getResourceAsStream("/test-ca.pem")) {
            Files.copy(pem, ca);
        }
        properties.put("sslRootCert", ca.toString());
        DatabaseSettings settings = valid(properties);
        assertEquals(ca, settings.sslRootCert());
        assertEquals(SslMode.VERIFY_FULL, settings.sslMode());
    }

    @Test
    void numbersAndModesAreChecked() {
        assertOnlyProblem(Map.of("poolSize", 0), "poolSize", "1 to 200");
        assertOnlyProblem(Map.of("poolSize", "many"), "poolSize", "whole number");
        assertOnlyProblem(Map.of("connectTimeoutSeconds", 301), "connectTimeoutSeconds", "1 to 300");
        assertOnlyProblem(Map.of("sslMode", "prefer"), "sslMode", "disable, require or verify-full");
    }

    @Test
    void orThrowNamesThePidAndEveryAttribute() {
        SettingsCheck check = SettingsParser.check(Map.of("url", "mysql:", "poolSize", -1, "password", SECRET),
                secrets);

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> check.orThrow("org.parley.store.Database"));

        assertTrue(failure.getMessage().startsWith("invalid configuration org.parley.store.Database: "),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("url: "), failure.getMessage());
        assertTrue(failure.getMessage().contains("poolSize: "), failure.getMessage());
        assertFalse(failure.getMessage().contains(SECRET), failure.getMessage());
        assertNull(check.settings());
    }

    private DatabaseSettings valid(Map<String, ?> properties) {
        SettingsCheck check = SettingsParser.check(properties, secrets);
        assertEquals(List.of(), check.problems());
        return check.settings();
    }

    private void assertOnlyProblem(Map<String, ?> properties, String attribute, String fragment) {
        List<SettingsProblem> problems = SettingsParser.check(properties, secrets).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(attribute, problems.get(0).attribute(), problems.toString());
        assertTrue(problems.get(0).message().contains(fragment), problems.get(0).message());
        assertFalse(problems.get(0).message().contains(SECRET), problems.get(0).message());
    }
}
