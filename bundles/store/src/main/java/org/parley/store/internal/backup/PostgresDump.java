package org.parley.store.internal.backup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.parley.store.internal.settings.DatabaseSettings;

/**
 * {@code pg_dump --format=custom} of the configured PostgreSQL database into {@code <folder>/db/parley.dump}. The
 * connection goes through libpq's environment ({@code PGHOST}, {@code PGPASSWORD}, ...) so the password never appears
 * in a process listing; a dump is one snapshot transaction, so it is consistent while Parley writes.
 */
final class PostgresDump {

    static final String FILE = "parley.dump";
    private static final long TIMEOUT_MINUTES = 120;

    private PostgresDump() {
    }

    static Path dump(DatabaseSettings settings, Path folder, Map<String, String> env) throws IOException {
        Path pgDump = find(env.getOrDefault("PATH", "")).orElseThrow(() -> new IOException("pg_dump is not"
                + " installed: install the PostgreSQL client (Debian/Ubuntu: apt install postgresql-client;"
                + " RHEL: dnf install postgresql) in a version at least the server's, then run the backup again"));
        Path target = Files.createDirectories(folder.resolve("db")).resolve(FILE);
        Path log = folder.resolve("pg_dump.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(pgDump.toString(), "--format=custom", "--no-password",
                "--file=" + target)).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(connection(settings));
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("pg_dump did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while pg_dump ran", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("pg_dump failed (exit " + process.exitValue() + "): " + tail(log));
        }
        Files.deleteIfExists(log);
        return target;
    }

    /** libpq's environment for the configured database: host, port, database, user, password, TLS. */
    static Map<String, String> connection(DatabaseSettings settings) {
        String rest = settings.url().substring("jdbc:postgresql://".length());
        int slash = rest.indexOf('/');
        String database = rest.substring(slash + 1).replaceFirst("\\?.*$", "");
        String endpoint = settings.endpoint();
        int colon = endpoint.lastIndexOf(':');
        String host = colon > 0 ? endpoint.substring(0, colon) : endpoint;
        String port = colon > 0 ? endpoint.substring(colon + 1) : "5432";
        Map<String, String> env = new java.util.HashMap<>(Map.of("PGHOST", host.replaceAll("^\\[|\\]$", ""),
                "PGPORT", port, "PGDATABASE", database, "PGUSER", settings.user(),
                "PGSSLMODE", settings.sslMode().libpqName(), "PGCONNECT_TIMEOUT",
                Integer.toString(settings.connectTimeoutSeconds())));
        if (!settings.password().isEmpty()) {
            env.put("PGPASSWORD", settings.password());
        }
        if (settings.sslRootCert() != null) {
            env.put("PGSSLROOTCERT", settings.sslRootCert().toString());
        }
        return env;
    }

    static Optional<Path> find(String path) {
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "pg_dump");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8).strip();
        return text.length() > 600 ? "..." + text.substring(text.length() - 600) : text;
    }
}
