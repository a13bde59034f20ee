package org.parley.meetings.internal.keys;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * A secret key of 32 random bytes in a file of mode 0600, made on first use and read back afterwards. Used for the
 * passcode key and the join-token key. Thread-safe.
 */
public final class KeyFile {

    /** The size of every key this bundle keeps. */
    public static final int KEY_BYTES = 32;

    private final Path file;
    private final String purpose;
    private final SecureRandom random = new SecureRandom();
    private byte[] key;

    /**
     * @param file where the key lives
     * @param purpose what the key is for, as error messages name it (e.g. {@code passcode key})
     */
    public KeyFile(Path file, String purpose) {
        this.file = file;
        this.purpose = purpose;
    }

    /** The key's bytes (a copy); reads or makes the file on first call. */
    public synchronized byte[] bytes() {
        if (key == null) {
            try {
                key = readOrCreate();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read or create the " + purpose + " " + file + ": "
                        + e.getMessage(), e);
            }
        }
        return key.clone();
    }

    /** The file, for error messages. */
    public Path file() {
        return file;
    }

    private byte[] readOrCreate() throws IOException {
        if (!Files.exists(file)) {
            byte[] fresh = new byte[KEY_BYTES];
            random.nextBytes(fresh);
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.write(file, fresh);
                return fresh;
            } catch (FileAlreadyExistsException raced) {
                // another appliance process made it first: use theirs
            }
        }
        byte[] stored = Files.readAllBytes(file);
        if (stored.length != KEY_BYTES) {
            throw new IOException("it holds " + stored.length + " bytes, not " + KEY_BYTES);
        }
        return stored;
    }
}
