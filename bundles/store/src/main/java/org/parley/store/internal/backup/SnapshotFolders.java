package org.parley.store.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The snapshot folders under {@code ${parley.var.lib}/backup/}: {@code .snapshot-<UTC time>}, made by the service
 * (so its user may write them) and deleted only when a name of exactly that form is given back.
 */
final class SnapshotFolders {

    static final String PREFIX = ".snapshot-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("\\.snapshot-\\d{8}-\\d{6}-\\d{3}(-\\d+)?");

    private final Path backupRoot;
    private final Clock clock;

    SnapshotFolders(Path backupRoot, Clock clock) {
        this.backupRoot = backupRoot;
        this.clock = clock;
    }

    /** A new, empty snapshot folder. */
    Path create() throws IOException {
        Files.createDirectories(backupRoot);
        String stamp = PREFIX + STAMP.format(clock.instant());
        for (int attempt = 0; ; attempt++) {
            Path folder = backupRoot.resolve(attempt == 0 ? stamp : stamp + "-" + attempt);
            try {
                return Files.createDirectory(folder);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Two backups within the same millisecond: take the next name.
            }
        }
    }

    /**
     * Deletes a snapshot folder given by its name or absolute path.
     *
     * @throws IllegalArgumentException when it is not a snapshot folder of this appliance
     */
    void delete(String folder) throws IOException {
        Path path = backupRoot.resolve(folder).normalize();
        if (!path.getParent().equals(backupRoot.normalize()) || !NAME.matcher(path.getFileName().toString())
                .matches()) {
            throw new IllegalArgumentException("'" + folder + "' is not a snapshot folder under " + backupRoot);
        }
        deleteTree(path);
    }

    /** Deletes a folder and what it holds, deepest first. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
