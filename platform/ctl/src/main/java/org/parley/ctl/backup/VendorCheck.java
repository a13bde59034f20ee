package org.parley.ctl.backup;

import java.io.PrintStream;
import java.util.Optional;

/**
 * A backup goes back onto the kind of database it was made from: a Derby folder cannot be put into PostgreSQL, nor a
 * {@code pg_dump} into Derby. Moving between the two is the console's database move, not a restore.
 */
final class VendorCheck {

    static final String POSTGRESQL = "postgresql";

    private VendorCheck() {
    }

    /** Refuses, before anything changes, a backup whose database is of the other kind than the configured one. */
    static void refuseOther(BackupManifest manifest, boolean postgresConfigured) throws BackupFileException {
        boolean hasDatabase = manifest.entries().stream()
                .anyMatch(entry -> entry.path().startsWith(BackupLayout.DB + "/"));
        boolean postgresBackup = manifest.vendor().equals(POSTGRESQL);
        if (!hasDatabase || postgresBackup == postgresConfigured) {
            return;
        }
        if (postgresBackup) {
            throw new BackupFileException("this backup holds a PostgreSQL dump, but this installation uses the"
                    + " embedded Derby database: point org.parley.store.Database at the PostgreSQL database to"
                    + " restore into first (url, user, password or passwordFile in"
                    + " /etc/parley/conf.d/org.parley.store.Database.cfg), then run the restore again; nothing was"
                    + " changed");
        }
        throw new BackupFileException("this backup holds an embedded Derby database, but this installation uses"
                + " PostgreSQL: either switch org.parley.store.Database back to Derby first (empty its url) and"
                + " restore, or restore onto a Derby installation and move the data with the console's database move"
                + " (Settings, Database); nothing was changed");
    }

    /**
     * After a PostgreSQL restore: the restored settings may name another database than the one restored into (a
     * backup from another server); says so, since Parley will start on what the settings name.
     */
    static void sameDatabase(DatabaseTarget restoredInto, Optional<DatabaseTarget> nowConfigured, PrintStream out) {
        String now = nowConfigured.map(DatabaseTarget::describe).orElse("the embedded Derby database");
        if (!now.equals(restoredInto.describe())) {
            out.println("note: the restored settings point Parley at " + now + ", but the data was restored into "
                    + restoredInto.describe() + ": set org.parley.store.Database's url back to it before starting");
        }
    }
}
