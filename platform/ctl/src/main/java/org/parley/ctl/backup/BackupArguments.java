package org.parley.ctl.backup;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.parley.ctl.UsageException;

/**
 * The arguments of {@code backup} and {@code restore}: the file, and at most one of {@code --passphrase-file F} and
 * {@code --key-file K} (neither: the passphrase is asked at the terminal), plus the command's own flags.
 *
 * @param file the backup file
 * @param passphraseFile the passphrase's file or {@code null}
 * @param keyFile the key file or {@code null}
 * @param flags the flags given, among those the command accepts
 * @param extract the folder of {@code restore --extract DIR}, or {@code null}
 */
record BackupArguments(Path file, Path passphraseFile, Path keyFile, Set<String> flags, Path extract) {

    static final String EXTRACT = "--extract";

    static BackupArguments parse(List<String> arguments, Set<String> accepted) throws UsageException {
        Path file = null;
        Path passphrase = null;
        Path key = null;
        Path extract = null;
        Set<String> flags = new java.util.TreeSet<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--passphrase-file") || argument.equals("--key-file")
                    || argument.equals(EXTRACT) && accepted.contains(EXTRACT)) {
                if (i + 1 == arguments.size()) {
                    throw new UsageException(argument + " needs a file or folder");
                }
                Path value = Path.of(arguments.get(++i));
                switch (argument) {
                    case "--key-file" -> key = value;
                    case EXTRACT -> extract = value.toAbsolutePath();
                    default -> passphrase = value;
                }
            } else if (argument.equals("--passphrase")) {
                throw new UsageException("a passphrase is never given on the command line (others can read it in"
                        + " the process list): use --passphrase-file FILE, or type it when asked");
            } else if (accepted.contains(argument)) {
                flags.add(argument);
            } else if (argument.startsWith("-") || file != null) {
                throw new UsageException("unexpected argument '" + argument + "'");
            } else {
                file = Path.of(argument);
            }
        }
        if (file == null) {
            throw new UsageException("which file? e.g. /root/parley-2026-01-31.pbk");
        }
        if (passphrase != null && key != null) {
            throw new UsageException("give either --passphrase-file or --key-file, not both");
        }
        return new BackupArguments(file.toAbsolutePath(), passphrase, key, flags, extract);
    }

    /** The secret from the files given, else asked at the terminal ({@code twice} when making a backup). */
    BackupSecret secret(Console console, boolean twice) throws IOException, UsageException {
        if (keyFile != null) {
            return BackupSecret.keyFile(keyFile);
        }
        if (passphraseFile != null) {
            return BackupSecret.passphraseFile(passphraseFile);
        }
        return BackupSecret.prompt(console, twice);
    }
}
