package org.parley.ctl.backup;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.parley.ctl.UsageException;

/**
 * What seals a backup: a passphrase (from a file, or typed at the terminal; never a command-line argument, which
 * every user can read in the process list) or a raw 32-byte key file (the automatic pre-upgrade backup's
 * {@code /etc/parley/secrets/backup.key}).
 */
public final class BackupSecret {

    static final int KEY_BYTES = 32;
    private static final int MIN_PASSPHRASE = 8;

    private final boolean passphrase;
    private final byte[] bytes;

    private BackupSecret(boolean passphrase, byte[] bytes) {
        this.passphrase = passphrase;
        this.bytes = bytes;
    }

    /** A passphrase given as text (tests, and the two readers below). */
    public static BackupSecret passphrase(String text) throws UsageException {
        if (text.length() < MIN_PASSPHRASE) {
            throw new UsageException("the passphrase is shorter than " + MIN_PASSPHRASE + " characters");
        }
        return new BackupSecret(true, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A raw key: exactly 32 bytes. */
    public static BackupSecret key(byte[] key) throws UsageException {
        if (key.length != KEY_BYTES) {
            throw new UsageException("a backup key is " + KEY_BYTES + " bytes (e.g. 'head -c 32 /dev/urandom'),"
                    + " not " + key.length);
        }
        return new BackupSecret(false, key.clone());
    }

    /** The passphrase in a file: its first line, without the line break. */
    public static BackupSecret passphraseFile(Path file) throws IOException, UsageException {
        String text = Files.readString(readable(file), StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return passphrase((end < 0 ? text : text.substring(0, end)).replace("\r", ""));
    }

    /** A key file: 32 raw bytes, or the same as 64 hexadecimal digits on one line. */
    public static BackupSecret keyFile(Path file) throws IOException, UsageException {
        byte[] content = Files.readAllBytes(readable(file));
        String text = new String(content, StandardCharsets.US_ASCII).strip();
        if (content.length != KEY_BYTES && text.matches("[0-9a-fA-F]{64}")) {
            return key(HexFormat.of().parseHex(text));
        }
        return key(content);
    }

    /** Asks at the terminal; when {@code twice}, asks again and requires the same (a typo would lose the backup). */
    public static BackupSecret prompt(Console console, boolean twice) throws UsageException {
        if (console == null) {
            throw new UsageException("no terminal to ask for the passphrase on: give --passphrase-file FILE"
                    + " or --key-file FILE");
        }
        char[] first = console.readPassword("Backup passphrase: ");
        if (first == null) {
            throw new UsageException("no passphrase typed");
        }
        try {
            if (twice) {
                char[] again = console.readPassword("The same passphrase again: ");
                boolean same = again != null && Arrays.equals(first, again);
                if (again != null) {
                    Arrays.fill(again, '\0');
                }
                if (!same) {
                    throw new UsageException("the two passphrases differ");
                }
            }
            return passphrase(new String(first));
        } finally {
            Arrays.fill(first, '\0');
        }
    }

    private static Path readable(Path file) throws UsageException {
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new UsageException("cannot read " + file);
        }
        return file;
    }

    boolean passphrase() {
        return passphrase;
    }

    byte[] bytes() {
        return bytes;
    }
}
