package org.parley.audit.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.audit.internal.chain.Checkpoint;

class AppendOnlyFileTest {

    @TempDir
    Path dir;

    @Test
    void linesAreAppendedAndRotatedBeforeTheLimit() throws Exception {
        Path log = dir.resolve("log/audit.log");
        try (AppendOnlyFile file = new AppendOnlyFile(log, 25, 2, false)) {
            for (int i = 1; i <= 7; i++) {
                file.append("line " + i + " of 7");
            }
        }

        assertEquals(List.of("line 7 of 7"), Files.readAllLines(log));
        assertEquals(List.of("line 5 of 7", "line 6 of 7"), Files.readAllLines(dir.resolve("log/audit.log.1")));
        assertEquals(List.of("line 3 of 7", "line 4 of 7"), Files.readAllLines(dir.resolve("log/audit.log.2")));
        assertFalse(Files.exists(dir.resolve("log/audit.log.3")));
    }

    @Test
    void checkpointsRoundTripAndACutLineIsSkipped() throws Exception {
        Path path = dir.resolve("audit/checkpoints.jsonl");
        Checkpoint checkpoint = new Checkpoint("chain", 120, "c".repeat(64), Instant.parse("2025-03-01T09:00:00Z"),
                "0123456789abcdef", "c2lnbmF0dXJl");
        try (CheckpointFile file = new CheckpointFile(path)) {
            file.append(checkpoint);
            Files.writeString(path, "{\"type\":\"checkpoint\",\"chainId\":\"cha", StandardOpenOption.APPEND);

            assertEquals(List.of(checkpoint), file.readAll());
        }
    }

    @Test
    void aMissingCheckpointFileHoldsNoCheckpoints() throws Exception {
        try (CheckpointFile file = new CheckpointFile(dir.resolve("none.jsonl"))) {
            assertEquals(List.of(), file.readAll());
        }
    }
}
