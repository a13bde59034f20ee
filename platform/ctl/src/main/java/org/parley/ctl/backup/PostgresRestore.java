package org.parley.ctl.backup;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Restores the {@code pg_dump --format=custom} of a backup into the configured PostgreSQL database: first
 * {@code pg_dump} keeps the current content in {@code replaced/db/parley.dump}, then {@code pg_restore --clean
 * --if-exists --single-transaction} replaces it, so a restore that fails half-way rolls back and leaves the database
 * as it was. The password reaches libpq through a 0600 password file ({@code PGPASSFILE}), never the arguments.
 */
final class PostgresRestore {

    static final String DUMP = "db/parley.dump";
    private static final long TIMEOUT_MINUTES = 120;
    private static final String CLIENT = "install the PostgreSQL client in a version at least the server's"
            + " (Debian/Ubuntu: apt install postgresql-client; RHEL/Rocky/Alma: dnf install postgresql), then run the"
            + " restore again; nothing was changed";

    private PostgresRestore() {
    }

    /**
     * Keeps the current database in {@code replacedDump}, then restores {@code dump} into it.
     *
     * @param scratch a root-only folder for the password file
     * @param env this process's environment (for {@code PATH})
     */
    static void restore(DatabaseTarget target, Path dump, Path replacedDump, Path scratch, Map<String, String> env,
            PrintStream out) throws IOException {
        String path = env.getOrDefault("PATH", "");
        Path pgDump = find("pg_dump", path).orElseThrow(() -> new IOException("pg_dump is not installed: " + CLIENT));
        Path pgRestore = find("pg_restore", path).orElseThrow(() -> new IOException("pg_restore is not installed: "
                + CLIENT));
        Path passFile = Files.createTempFile(scratch, ".pgpass", "",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(passFile, target.passFileLine(), StandardCharsets.UTF_8);
            Map<String, String> connection = target.environment(passFile);
            Files.createDirectories(replacedDump.getParent(),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            run(dumpCommand(pgDump, replacedDump), connection, scratch, "pg_dump of the current database "
                    + target.describe() + " failed, so nothing was restored or changed");
            out.println("the current database " + target.describe() + " is kept in " + replacedDump);
            run(restoreCommand(pgRestore, dump, target.database()), connection, scratch, "pg_restore into "
                    + target.describe() + " failed and was rolled back (one transaction): the database is as it was,"
                    + " nothing else was changed");
            out.println("restored the database " + target.describe() + " from the backup's dump");
        } finally {
            Files.deleteIfExists(passFile);
        }
    }

    /** {@code pg_dump} of the database libpq's environment names, in the custom format. */
    static List<String> dumpCommand(Path pgDump, Path file) {
        return List.of(pgDump.toString(), "--format=custom", "--no-password", "--file=" + file);
    }

    /**
     * {@code pg_restore} straight into the database: {@code --clean --if-exists} drops what the dump holds before
     * creating it, {@code --single-transaction} (which implies {@code --exit-on-error}) makes the whole of it one
     * transaction, and {@code --no-owner} lets another role own the objects than on the source.
     */
    static List<String> restoreCommand(Path pgRestore, Path dump, String database) {
        return List.of(pgRestore.toString(), "--clean", "--if-exists", "--no-owner", "--single-transaction",
                "--no-password", "--dbname=" + database, dump.toString());
    }

    static Optional<Path> find(String program, String path) {
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Runs a client with only this connection's {@code PG*} variables (none inherited), its output in a log. */
    private static void run(List<String> command, Map<String, String> connection, Path scratch, String failure)
            throws IOException {
        Path log = scratch.resolve(Path.of(command.get(0)).getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        builder.environment().putAll(connection);
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(failure + " (no end within " + TIMEOUT_MINUTES + " minutes)");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(failure + " (interrupted)", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(failure + ": " + tail(log));
        }
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8).strip();
        return text.length() > 600 ? "..." + text.substring(text.length() - 600) : text;
    }
}
