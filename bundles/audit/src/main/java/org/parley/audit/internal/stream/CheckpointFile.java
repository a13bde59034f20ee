package org.parley.audit.internal.stream;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.audit.internal.chain.Checkpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoints kept outside the database ({@code var/lib/audit/checkpoints.jsonl}): one JSON line each, forced
 * to disk, never rewritten. Someone who deletes the newest records and checkpoint rows in the database still
 * leaves the newest checkpoint here. Thread-safe.
 */
public final class CheckpointFile implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointFile.class);

    private final AppendOnlyFile file;

    public CheckpointFile(Path path) {
        this.file = new AppendOnlyFile(path, 0, 0, true);
    }

    public Path path() {
        return file.path();
    }

    public void append(Checkpoint checkpoint) throws IOException {
        file.append(JsonLines.checkpoint(checkpoint));
    }

    /** Every readable checkpoint in the file; a line cut short by a crash is skipped with a warning. */
    public List<Checkpoint> readAll() throws IOException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    checkpoints.add(JsonLines.parseCheckpoint(line));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Skipping unreadable line {} of {}: {}", number, file.path(), e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return checkpoints;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
