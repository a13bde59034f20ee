package org.parley.system.internal.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleBackupsTest {

    @TempDir
    Path dir;

    @Test
    void keepsByNameAndVersionAndReturnsTheNewestThenStepsBack() throws Exception {
        BundleBackups backups = new BundleBackups(dir);
        Path first = backups.keep("org.parley.testing.fixture", "1.0.0", out -> out.write(1));
        Path second = backups.keep("org.parley.testing.fixture", "1.0.1", out -> out.write(2));
        Files.setLastModifiedTime(first, FileTime.fromMillis(1_000));
        assertEquals(dir.resolve("org.parley.testing.fixture").resolve("1.0.1.jar"), second);
        assertEquals(Optional.of(second), backups.latest("org.parley.testing.fixture"));
        backups.discard(second);
        assertEquals(Optional.of(first), backups.latest("org.parley.testing.fixture"));
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(first));
        assertTrue(backups.latest("org.parley.other").isEmpty());
    }

    @Test
    void refusesNamesThatWouldLeaveTheFolder() {
        BundleBackups backups = new BundleBackups(dir);
        assertThrows(IllegalArgumentException.class, () -> backups.keep("../x", "1.0.0", out -> out.write(1)));
    }
}
