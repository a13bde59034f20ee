package org.parley.ctl.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionsTest {

    @TempDir
    Path home;

    @Test
    void ordersAsDebianWithSnapshotsBeforeReleases() {
        String[] ascending = {"0.1.0~dev", "0.1.0-SNAPSHOT", "0.1.0", "0.1.1", "0.2.0~dev", "0.2.0", "0.10.0", "1.0"};
        for (int i = 0; i + 1 < ascending.length; i++) {
            assertTrue(Versions.compare(ascending[i], ascending[i + 1]) <= 0, ascending[i] + " <= " + ascending[i + 1]);
            assertTrue(Versions.compare(ascending[i + 1], ascending[i]) >= 0);
        }
        assertEquals(0, Versions.compare("0.1.0-SNAPSHOT", "0.1.0~dev"));
        assertEquals(0, Versions.compare("0.1.0.SNAPSHOT", "0.1.0~dev"));
        assertTrue(Versions.compare("99.0.0", "0.1.0~dev") > 0);
    }

    @Test
    void installedComesFromVersionFileElseTheApiBundle() throws Exception {
        assertEquals("unknown", Versions.installed(home));
        Files.createDirectories(home.resolve("bundle"));
        Files.createFile(home.resolve("bundle/org.parley.api-0.1.0-SNAPSHOT.jar"));
        assertEquals("0.1.0-SNAPSHOT", Versions.installed(home));
        Files.writeString(home.resolve("VERSION"), "0.2.0\n");
        assertEquals("0.2.0", Versions.installed(home));
    }
}
