package org.parley.store.internal.settings;

import static org.parley.store.internal.settings.DatabaseSettings.CONNECT_TIMEOUT_SECONDS;
import static org.parley.store.internal.settings.DatabaseSettings.PASSWORD;
import static org.parley.store.internal.settings.DatabaseSettings.PASSWORD_FILE;
import static org.parley.store.internal.settings.DatabaseSettings.POOL_SIZE;
import static org.parley.store.internal.settings.DatabaseSettings.SSL_MODE;
import static org.parley.store.internal.settings.DatabaseSettings.SSL_ROOT_CERT;
import static org.parley.store.internal.settings.DatabaseSettings.URL;
import static org.parley.store.internal.settings.DatabaseSettings.USER;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.api.settings.SettingsProblem;

/**
 * Reads and checks the properties of PID {@code org.parley.store.Database}. Missing properties take the Metatype
 * defaults, so the same check serves the component's activation (which sees only what was configured) and the
 * settings validator (which sees the whole configuration). Messages never echo a password.
 */
public final class SettingsParser {

    private final Map<String, ?> properties;
    private final SecretFiles secretFiles;
    private final List<SettingsProblem> problems = new ArrayList<>();

    private SettingsParser(Map<String, ?> properties, Path secretsDir) {
        this.properties = properties;
        this.secretFiles = new SecretFiles(secretsDir);
    }

    /**
     * @param properties the configuration (missing keys take their defaults)
     * @param secretsDir where relative {@code passwordFile} and {@code sslRootCert} paths are resolved
     */
    public static SettingsCheck check(Map<String, ?> properties, Path secretsDir) {
        return new SettingsParser(properties, secretsDir).run();
    }

    private SettingsCheck run() {
        int poolSize = number(POOL_SIZE, DatabaseSettings.DEFAULT_POOL_SIZE, DatabaseSettings.MAX_POOL_SIZE);
        int timeout = number(CONNECT_TIMEOUT_SECONDS, DatabaseSettings.DEFAULT_CONNECT_TIMEOUT_SECONDS,
                DatabaseSettings.MAX_CONNECT_TIMEOUT_SECONDS);
        SslMode sslMode = sslMode();
        String url = text(URL);
        if (url.isEmpty()) {
            return result(new DatabaseSettings("", "", "", "", sslMode, null, poolSize, timeout));
        }
        String endpoint = endpoint(url);
        String user = text(USER);
        if (user.isEmpty()) {
            problem(USER, "is required when url is set: the PostgreSQL role to connect as");
        }
        String password = password();
        Path rootCert = rootCert(sslMode);
        return result(new DatabaseSettings(url, endpoint, user, password, sslMode, rootCert, poolSize, timeout));
    }

    private SettingsCheck result(DatabaseSettings settings) {
        return new SettingsCheck(problems.isEmpty() ? settings : null, problems);
    }

    private String endpoint(String url) {
        Optional<PostgresUrl> parsed = PostgresUrl.parse(url);
        if (parsed.isEmpty()) {
            problem(URL, "must look like jdbc:postgresql://host[:port]/database (or be empty for embedded Derby)");
            return "";
        }
        if (parsed.get().parameterNames().contains("password")) {
            problem(URL, "must not carry the password: set password or passwordFile instead");
        }
        if (parsed.get().parameterNames().contains("sslmode")) {
            problem(URL, "must not set sslmode: use the sslMode setting");
        }
        return parsed.get().endpoint();
    }

    private String password() {
        String inline = raw(PASSWORD);
        String file = text(PASSWORD_FILE);
        if (file.isEmpty()) {
            return inline;
        }
        if (!inline.isEmpty()) {
            problem(PASSWORD_FILE, "set either password or passwordFile, not both");
            return "";
        }
        return secretFiles.readPassword(file).orElseGet(() -> {
            problem(PASSWORD_FILE, secretFiles.lastProblem());
            return "";
        });
    }

    private Path rootCert(SslMode sslMode) {
        String file = text(SSL_ROOT_CERT);
        if (file.isEmpty()) {
            if (sslMode == SslMode.VERIFY_FULL) {
                problem(SSL_ROOT_CERT, "is required with sslMode verify-full: the CA certificate (PEM) that signed"
                        + " the server's certificate");
            }
            return null;
        }
        return secretFiles.checkCertificate(file).orElseGet(() -> {
            problem(SSL_ROOT_CERT, secretFiles.lastProblem());
            return null;
        });
    }

    private SslMode sslMode() {
        String value = text(SSL_MODE);
        Optional<SslMode> mode = SslMode.parse(value.isEmpty() ? DatabaseSettings.DEFAULT_SSL_MODE : value);
        if (mode.isEmpty()) {
            problem(SSL_MODE, "must be disable, require or verify-full, not '" + value + "'");
            return SslMode.REQUIRE;
        }
        return mode.get();
    }

    private int number(String attribute, int defaultValue, int max) {
        Object value = properties.get(attribute);
        if (value == null || value.toString().isBlank()) {
            return defaultValue;
        }
        try {
            int number = value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString().trim());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        problem(attribute, "must be a whole number from 1 to " + max + ", not '" + value + "'");
        return defaultValue;
    }

    private String text(String attribute) {
        return raw(attribute).trim();
    }

    private String raw(String attribute) {
        Object value = properties.get(attribute);
        return value == null ? "" : value.toString();
    }

    private void problem(String attribute, String message) {
        problems.add(new SettingsProblem(attribute, message));
    }
}
