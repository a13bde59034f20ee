package org.parley.audit.internal.stream;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A file that only ever grows by whole lines, written by this class rather than a logging framework so that no
 * log level or appender setting can switch it off. Optionally forces each line to disk, and optionally rotates
 * ({@code name} → {@code name.1} → … → {@code name.<keep>}) once it would exceed {@code maxBytes}. Thread-safe.
 */
public final class AppendOnlyFile implements Closeable {

    private static final Set<PosixFilePermission> OWNER_WRITES_GROUP_READS =
            PosixFilePermissions.fromString("rw-r-----");

    private final Path file;
    private long maxBytes;
    private int keep;
    private final boolean sync;
    private FileChannel channel;

    /**
     * @param maxBytes rotate before a line would make the file larger than this; 0 never rotates
     * @param keep how many rotated files to keep
     * @param sync force every line to the disk before returning
     */
    public AppendOnlyFile(Path file, long maxBytes, int keep, boolean sync) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.keep = keep;
        this.sync = sync;
    }

    public Path path() {
        return file;
    }

    /** Changes the rotation limits; they apply from the next line. */
    public synchronized void limit(long newMaxBytes, int newKeep) {
        maxBytes = newMaxBytes;
        keep = newKeep;
    }

    /** Appends {@code line} and a newline. */
    public synchronized void append(String line) throws IOException {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        FileChannel open = open();
        if (maxBytes > 0 && open.size() > 0 && open.size() + bytes.length > maxBytes) {
            rotate();
            open = open();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            open.write(buffer);
        }
        if (sync) {
            open.force(false);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    private FileChannel open() throws IOException {
        if (channel == null || !channel.isOpen()) {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                // Owner writes, group (e.g. a log shipper) reads; audit details may name people.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_WRITES_GROUP_READS));
            }
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        }
        return channel;
    }

    private void rotate() throws IOException {
        close();
        Files.deleteIfExists(rotated(keep));
        for (int index = keep - 1; index >= 1; index--) {
            if (Files.exists(rotated(index))) {
                Files.move(rotated(index), rotated(index + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (keep >= 1) {
            Files.move(file, rotated(1), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.delete(file);
        }
    }

    private Path rotated(int index) {
        return file.resolveSibling(file.getFileName() + "." + index);
    }
}
