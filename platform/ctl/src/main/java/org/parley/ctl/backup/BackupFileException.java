package org.parley.ctl.backup;

import java.io.IOException;

/**
 * A backup file that cannot be used: not a Parley backup, truncated, damaged, sealed with another passphrase or key,
 * or from a newer Parley. The message names the file's problem and what to do, for the person at the console.
 */
public final class BackupFileException extends IOException {

    private static final long serialVersionUID = 1L;

    public BackupFileException(String message) {
        super(message);
    }

    public BackupFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
