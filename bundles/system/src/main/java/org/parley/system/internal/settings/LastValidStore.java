package org.parley.system.internal.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The last value of each attribute that passed validation, one properties file per PID under
 * {@code ${parley.var.lib}/config-last-valid/}: outside the framework cache, so it survives a restart and a wiped
 * cache. Values are kept as text ({@link ValueConverter#encode}) and typed again by Metatype when read. Files are
 * owner-only: a password attribute's last value is kept too, as it is in ConfigAdmin's own store.
 */
final class LastValidStore {

    private static final Pattern SAFE_PID = Pattern.compile("[A-Za-z0-9._-]+");

    private final Path directory;

    LastValidStore(Path directory) {
        this.directory = directory;
    }

    /** The remembered text values of the PID, empty when none. */
    synchronized Map<String, String> recall(String pid) {
        Path file = fileOf(pid);
        Map<String, String> values = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    /** Merges the given valid values into what is kept for the PID; writes only when something changed. */
    synchronized void remember(String pid, Map<String, String> validValues) {
        Map<String, String> kept = recall(pid);
        Map<String, String> merged = new TreeMap<>(kept);
        merged.putAll(validValues);
        if (merged.equals(kept)) {
            return;
        }
        Properties properties = new Properties();
        properties.putAll(merged);
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, pid, ".tmp");
            restrictToOwner(temp);
            try (OutputStream out = Files.newOutputStream(temp)) {
                properties.store(out, "Last valid values of " + pid + " (written by org.parley.system)");
            }
            Files.move(temp, fileOf(pid), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the last valid values of " + pid + " under " + directory, e);
        }
    }

    private Path fileOf(String pid) {
        if (!SAFE_PID.matcher(pid).matches()) {
            throw new IllegalArgumentException("not a PID: " + pid);
        }
        return directory.resolve(pid + ".properties");
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows development): the directory's own permissions apply.
        }
    }
}
