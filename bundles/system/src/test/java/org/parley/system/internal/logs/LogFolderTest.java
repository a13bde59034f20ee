package org.parley.system.internal.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFolderTest {

    @TempDir
    Path dir;

    @Test
    void onlyPlainFilesOfTheFolderAreListedAndFound() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("log"));
        Files.writeString(logs.resolve("parley.log"), "hello\n");
        Files.writeString(logs.resolve(".hidden"), "x");
        Files.createDirectories(logs.resolve("sub"));
        Files.writeString(logs.resolve("sub/inner.log"), "x");
        Files.writeString(dir.resolve("secret.txt"), "outside");
        Files.createSymbolicLink(logs.resolve("link.log"), dir.resolve("secret.txt"));
        LogFolder folder = new LogFolder(logs);
        assertEquals(List.of("parley.log"), folder.list().stream().map(LogFile::name).toList());
        assertEquals(6, folder.list().get(0).size());
        assertTrue(folder.find("parley.log").isPresent());
        for (String name : List.of("../secret.txt", "..", ".hidden", "link.log", "sub", "sub/inner.log",
                dir.resolve("secret.txt").toString(), "missing.log")) {
            assertTrue(folder.find(name).isEmpty(), name);
        }
    }

    @Test
    void aMissingFolderListsNothing() throws Exception {
        assertEquals(List.of(), new LogFolder(dir.resolve("none")).list());
    }
}
