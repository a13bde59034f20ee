package org.parley.ctl.backup;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL database PID {@code org.parley.store.Database} points at, read from the same files the service
 * reads while it is stopped: {@code etc/conf.d/org.parley.store.Database.cfg} (FileInstall) and the console's saved
 * copy {@code var/lib/config/org/parley/store/Database.config}; when both exist the newer file wins, as FileInstall
 * applies a later edit at the next start and a console save is written after the file it replaces. {@link
 * #toString()} never shows the password.
 *
 * @param host host name or address (no brackets)
 * @param port TCP port
 * @param database database name
 * @param user the role to connect as
 * @param password empty when none
 * @param sslMode libpq's {@code sslmode}: disable, require or verify-full
 * @param sslRootCert the CA file for verify-full, or {@code null}
 * @param connectTimeoutSeconds as the store's setting
 */
record DatabaseTarget(String host, int port, String database, String user, String password, String sslMode,
        Path sslRootCert, int connectTimeoutSeconds) {

    static final String CFG = "conf.d/org.parley.store.Database.cfg";
    static final String CONFIG = "config/org/parley/store/Database.config";
    private static final Pattern TYPED =
            Pattern.compile("^\\s*([\\w.]+)\\s*=\\s*[A-Za-z]?\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$");

    /** The configured PostgreSQL database, or empty when the store uses embedded Derby (no url). */
    static Optional<DatabaseTarget> read(Path etc, Path varLib) throws IOException {
        Map<String, String> settings = settings(etc.resolve(CFG), varLib.resolve(CONFIG));
        String url = settings.getOrDefault("url", "").trim();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        URI uri = parse(url);
        Path secrets = etc.resolve("secrets");
        String rootCert = settings.getOrDefault("sslRootCert", "").trim();
        return Optional.of(new DatabaseTarget(uri.getHost().replaceAll("^\\[|\\]$", ""),
                uri.getPort() < 0 ? 5432 : uri.getPort(), uri.getPath().substring(1),
                settings.getOrDefault("user", "").trim(), password(settings, secrets),
                settings.getOrDefault("sslMode", "").isBlank() ? "require" : settings.get("sslMode").trim(),
                rootCert.isEmpty() ? null : secrets.resolve(rootCert), timeout(settings)));
    }

    /**
     * libpq's environment for this database; the password is in {@code passFile} (see {@link #passFileLine()}),
     * never in the environment or the arguments.
     */
    Map<String, String> environment(Path passFile) {
        Map<String, String> env = new HashMap<>(Map.of("PGHOST", host, "PGPORT", Integer.toString(port),
                "PGDATABASE", database, "PGUSER", user, "PGSSLMODE", sslMode, "PGCONNECT_TIMEOUT",
                Integer.toString(connectTimeoutSeconds), "PGPASSFILE", passFile.toString()));
        if (sslRootCert != null) {
            env.put("PGSSLROOTCERT", sslRootCert.toString());
        }
        return env;
    }

    /** The one line of a libpq password file for this connection ({@code :} and {@code \} escaped). */
    String passFileLine() {
        return "*:*:*:" + escape(user) + ":" + escape(password) + "\n";
    }

    /** {@code host:port/database} for messages. */
    String describe() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "DatabaseTarget[" + describe() + ", user=" + user + ", sslMode=" + sslMode + "]";
    }

    private static Map<String, String> settings(Path cfg, Path config) throws IOException {
        boolean hasCfg = Files.isRegularFile(cfg);
        boolean hasConfig = Files.isRegularFile(config);
        if (hasConfig && (!hasCfg || !Files.getLastModifiedTime(config).toInstant()
                .isBefore(Files.getLastModifiedTime(cfg).toInstant()))) {
            return typed(config);
        }
        return hasCfg ? properties(cfg) : Map.of();
    }

    /** A FileInstall {@code .cfg}: Java properties. */
    private static Map<String, String> properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    /** Configuration Admin's file format: {@code key="value"} or {@code key=T"value"}, backslash escapes. */
    private static Map<String, String> typed(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher matcher = TYPED.matcher(line);
            if (matcher.matches()) {
                values.put(matcher.group(1), matcher.group(2).replaceAll("\\\\(.)", "$1"));
            }
        }
        return values;
    }

    private static URI parse(String url) throws IOException {
        try {
            URI uri = url.startsWith("jdbc:postgresql://") ? new URI(url.substring("jdbc:".length())) : null;
            if (uri != null && uri.getHost() != null && uri.getPath() != null && uri.getPath().length() > 1) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IOException("org.parley.store.Database url '" + url + "' is not jdbc:postgresql://host[:port]/"
                + "database: put the setting right, then run the restore again; nothing was changed");
    }

    private static String password(Map<String, String> settings, Path secrets) throws IOException {
        String file = settings.getOrDefault("passwordFile", "").trim();
        if (file.isEmpty()) {
            return settings.getOrDefault("password", "");
        }
        Path path = secrets.resolve(file);
        if (!Files.isReadable(path)) {
            throw new IOException("the database password file " + path + " (passwordFile of"
                    + " org.parley.store.Database) cannot be read; nothing was changed");
        }
        // Editors and `echo` add a line end that is not part of the password, as the store reads it.
        return Files.readString(path, StandardCharsets.UTF_8).replaceAll("[\r\n]+$", "");
    }

    private static int timeout(Map<String, String> settings) {
        try {
            return Integer.parseInt(settings.getOrDefault("connectTimeoutSeconds", "5").trim());
        } catch (NumberFormatException e) {
            return 5;
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:");
    }
}
