package org.parley.system.internal.deploy;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in the deploy folder since the last look: {@code *.jar} files that are new or changed and have
 * settled (unchanged since the previous scan, or older than the settle time, so a jar still being copied is not
 * read half-written), and files that were handled before and are gone. Used from one thread.
 */
final class DeployFolder {

    /** A file's identity at one scan. */
    record Seen(Path file, long size, long modified) {
        String name() {
            return file.getFileName().toString();
        }

        boolean sameAs(Seen other) {
            return other != null && other.size == size && other.modified == modified;
        }
    }

    /** The result of one scan. */
    record Changes(List<Seen> changed, List<String> removed) {
    }

    private final Path directory;
    private final Map<String, Seen> handled = new HashMap<>();
    private final Map<String, Seen> pending = new HashMap<>();

    DeployFolder(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    Changes scan(long nowMillis, long settleMillis) throws IOException {
        Files.createDirectories(directory);
        Map<String, Seen> present = new HashMap<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(directory, "*.jar")) {
            for (Path jar : jars) {
                if (Files.isRegularFile(jar)) {
                    Seen seen = new Seen(jar, Files.size(jar), Files.getLastModifiedTime(jar).toMillis());
                    present.put(seen.name(), seen);
                }
            }
        }
        List<Seen> changed = new ArrayList<>();
        for (Seen seen : present.values()) {
            if (seen.sameAs(handled.get(seen.name()))) {
                continue;
            }
            boolean settled = seen.sameAs(pending.get(seen.name())) || nowMillis - seen.modified() >= settleMillis;
            if (settled) {
                pending.remove(seen.name());
                changed.add(seen);
            } else {
                pending.put(seen.name(), seen);
            }
        }
        pending.keySet().retainAll(present.keySet());
        List<String> removed = new ArrayList<>(handled.keySet());
        removed.removeAll(present.keySet());
        changed.sort((a, b) -> a.name().compareTo(b.name()));
        removed.sort(null);
        return new Changes(changed, removed);
    }

    /** The file was acted on (applied or refused): not looked at again until it changes. */
    void handled(Seen seen) {
        handled.put(seen.name(), seen);
    }

    void forget(String name) {
        handled.remove(name);
    }

    /** Re-reads a file's identity after this bundle itself wrote it (a roll-back), so it is not applied again. */
    void rewritten(Path file) throws IOException {
        handled(new Seen(file, Files.size(file), Files.getLastModifiedTime(file).toMillis()));
    }
}
