package org.parley.system.internal.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Jars kept for roll-back: {@code <root>/<symbolicName>/<version>.jar}, the newest kept one being the one a
 * roll-back returns to. Lives under {@code ${parley.var.lib}/backup/bundles}, outside the framework cache.
 */
final class BundleBackups {

    /** Writes a jar's bytes. */
    @FunctionalInterface
    interface JarWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private final Path root;

    BundleBackups(Path root) {
        this.root = root;
    }

    /** Keeps a jar for the bundle at the version, replacing one kept before for the same version. */
    Path keep(String symbolicName, String version, JarWriter writer) throws IOException {
        Path directory = root.resolve(safe(symbolicName));
        Files.createDirectories(directory);
        Path target = directory.resolve(safe(version) + ".jar");
        Path temp = Files.createTempFile(directory, "keep", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.writeTo(out);
            }
            // The newest kept jar is the roll-back target: stamp it now, not with the source's own time.
            Files.setLastModifiedTime(temp, FileTime.from(Instant.now()));
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /** The most recently kept jar of the bundle. */
    Optional<Path> latest(String symbolicName) throws IOException {
        Path directory = root.resolve(safe(symbolicName));
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .max(Comparator.comparing(BundleBackups::modified).thenComparing(Path::toString));
        }
    }

    /** Forgets a kept jar once a roll-back has used it, so the next roll-back goes one step further back. */
    void discard(Path kept) throws IOException {
        Files.deleteIfExists(kept);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static String safe(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a safe file name: " + name);
        }
        return name;
    }
}
