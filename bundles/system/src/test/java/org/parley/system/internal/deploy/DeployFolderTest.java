package org.parley.system.internal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployFolderTest {

    private static final long SETTLE = 1_000;

    @TempDir
    Path dir;

    @Test
    void aFreshFileWaitsOneScanAnOldOneIsTakenAtOnce() throws Exception {
        DeployFolder folder = new DeployFolder(dir);
        Path fresh = Files.write(dir.resolve("fresh.jar"), new byte[] {1});
        Path old = Files.write(dir.resolve("old.jar"), new byte[] {2});
        long now = Files.getLastModifiedTime(fresh).toMillis();
        Files.setLastModifiedTime(old, FileTime.fromMillis(now - 10 * SETTLE));
        Files.write(dir.resolve("notes.txt"), new byte[] {3});

        assertEquals(List.of("old.jar"), names(folder.scan(now, SETTLE)));
        assertEquals(List.of("fresh.jar", "old.jar"), names(folder.scan(now, SETTLE)),
                "unchanged since the last scan: settled");
    }

    @Test
    void handledFilesComeBackOnlyWhenChangedOrRemoved() throws Exception {
        DeployFolder folder = new DeployFolder(dir);
        Path jar = Files.write(dir.resolve("a.jar"), new byte[] {1});
        long later = Files.getLastModifiedTime(jar).toMillis() + 10 * SETTLE;
        folder.scan(later, SETTLE).changed().forEach(folder::handled);
        assertTrue(folder.scan(later, SETTLE).changed().isEmpty());

        Files.write(jar, new byte[] {1, 2});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(later - 5 * SETTLE));
        assertEquals(List.of("a.jar"), names(folder.scan(later, SETTLE)));

        Files.delete(jar);
        assertEquals(List.of("a.jar"), folder.scan(later, SETTLE).removed());
    }

    private static List<String> names(DeployFolder.Changes changes) {
        return changes.changed().stream().map(DeployFolder.Seen::name).toList();
    }
}
