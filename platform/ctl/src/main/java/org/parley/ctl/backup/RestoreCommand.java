package org.parley.ctl.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.ctl.Ctl;
import org.parley.ctl.UsageException;

/**
 * {@code parleyctl restore FILE}: checks the whole backup (every chunk, every file's hash, the version) into a
 * staging folder before it changes anything, then moves what it replaces to {@code ${var.lib}/backup/replaced-<time>/}
 * and puts the backup in place with its modes and owners; a PostgreSQL dump goes into the configured database with
 * {@code pg_restore} ({@link PostgresRestore}) after {@code pg_dump} kept the current content. Parley must be stopped:
 * the database cannot be swapped under a running service.
 */
public final class RestoreCommand extends FileCommand {

    static final String VERIFY_ONLY = "--verify-only";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return "restore a backup (Parley stopped); --verify-only checks one";
    }

    @Override
    public String usage() {
        return """
                Usage: parleyctl restore FILE [--passphrase-file F | --key-file K] [--verify-only | --extract DIR]
                Restores a backup made by 'parleyctl backup' (or an automatic pre-upgrade backup in
                /var/lib/parley/backup/, sealed with --key-file /etc/parley/secrets/backup.key). Stop Parley first:
                systemctl stop parley. The whole file is decrypted and checked before anything changes; a truncated,
                altered or foreign file, a wrong passphrase or a backup of a newer Parley changes nothing. What the
                restore replaces is kept in /var/lib/parley/backup/replaced-<time>/.
                PostgreSQL: the dump goes into the database org.parley.store.Database names now, with pg_restore
                (--clean --if-exists --no-owner --single-transaction: a failure rolls back), after pg_dump kept the
                current content in replaced-<time>/db/parley.dump; needs the postgresql-client package. A backup
                of the other kind of database (Derby onto PostgreSQL or the reverse) is refused.
                  --passphrase-file F  the passphrase is the first line of F (else it is asked at the terminal)
                  --key-file K         the backup was sealed with this 32-byte key
                  --verify-only        check the file and show what it holds; change nothing (Parley may run)
                  --extract DIR        check it and put its content into the new folder DIR; change nothing else
                Then: systemctl start parley.
                Exit status: 0 restored (or valid), 1 failed (nothing changed), 2 bad usage.
                """;
    }

    @Override
    int execute(List<String> arguments, Ctl ctl) throws Exception {
        BackupArguments parsed = BackupArguments.parse(arguments, Set.of(VERIFY_ONLY, BackupArguments.EXTRACT));
        boolean verifyOnly = parsed.flags().contains(VERIFY_ONLY) || parsed.extract() != null;
        if (parsed.extract() != null && Files.exists(parsed.extract())) {
            throw new UsageException(parsed.extract() + " exists: --extract makes a new folder");
        }
        if (!verifyOnly && (ServiceProbe.answers(ctl.socket())
                || Files.exists(ServiceProbe.derbyLock(ctl.varLib())))) {
            ctl.err().println("parleyctl restore: Parley is running: stop Parley first: systemctl stop parley");
            return 1;
        }
        Optional<DatabaseTarget> postgres = verifyOnly ? Optional.empty() : DatabaseTarget.read(ctl.etc(),
                ctl.varLib());
        BackupSecret secret = parsed.secret(System.console(), false);
        String installed = Versions.installed(ctl.home());
        String stamp = STAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
        List<BackupLayout> layout = BackupLayout.of(ctl);
        Path staging = staging(ctl.varLib(), stamp);
        boolean halfWay = false;
        try {
            BackupManifest manifest = BackupFiles.extract(parsed.file(), secret, staging, layout,
                    m -> {
                        refuseNewer(m, installed);
                        if (!verifyOnly) {
                            VendorCheck.refuseOther(m, postgres.isPresent());
                        }
                    });
            String summary = String.format("%s: Parley %s, made %s, %s (%s), %d files", parsed.file(),
                    manifest.parleyVersion(), manifest.created(), manifest.vendor(), manifest.consistency(),
                    manifest.entries().stream().filter(e -> !e.directory()).count());
            if (verifyOnly) {
                return verified(parsed.extract(), staging, summary, ctl);
            }
            Path replaced = ctl.varLib().resolve("backup").resolve("replaced-" + stamp);
            if (postgres.isPresent()) {
                PostgresRestore.restore(postgres.get(), staging.resolve(PostgresRestore.DUMP),
                        replaced.resolve(PostgresRestore.DUMP), staging, System.getenv(), ctl.out());
                layout = layout.stream().filter(folder -> !folder.name().equals(BackupLayout.DB)).toList();
            }
            try {
                int restored = Restorer.replace(layout, manifest, staging, replaced);
                ctl.out().println("restored " + restored + " files and folders from " + summary);
            } catch (IOException e) {
                halfWay = true;
                throw new IOException((postgres.isPresent() ? "the database was restored, but " : "")
                        + "the restore stopped half-way (" + e.getMessage() + "): what it replaced is in "
                        + replaced + ", the checked backup in " + staging, e);
            }
            ctl.out().println("what the restore replaced is kept in " + replaced);
            if (postgres.isPresent()) {
                VendorCheck.sameDatabase(postgres.get(), DatabaseTarget.read(ctl.etc(), ctl.varLib()), ctl.out());
            }
            ctl.out().println("start Parley: systemctl start parley");
            return 0;
        } finally {
            if (!halfWay) {
                Trees.delete(staging);
            }
        }
    }

    /** {@code --verify-only} or {@code --extract DIR}: says the file is valid; moves its content to DIR. */
    private static int verified(Path extract, Path staging, String summary, Ctl ctl) throws IOException {
        ctl.out().println("valid backup " + summary);
        if (extract != null) {
            Trees.move(staging, extract);
            ctl.out().println("its content is in " + extract + " (root only); nothing else changed");
        }
        return 0;
    }

    /**
     * A fresh root-only staging folder under {@code ${var.lib}/backup/}; that folder, when this makes it, gets the
     * owner of {@code var.lib}, because the service writes its snapshots there.
     */
    private static Path staging(Path varLib, String stamp) throws IOException {
        Path backupRoot = varLib.resolve("backup");
        if (!Files.isDirectory(backupRoot)) {
            Files.createDirectories(backupRoot);
            PosixFileAttributes owner = Files.readAttributes(varLib, PosixFileAttributes.class);
            Files.setOwner(backupRoot, owner.owner());
            Files.getFileAttributeView(backupRoot, PosixFileAttributeView.class).setGroup(owner.group());
            Files.setPosixFilePermissions(backupRoot, PosixFilePermissions.fromString("rwxr-x---"));
        }
        return Files.createDirectory(backupRoot.resolve(".restore-" + stamp),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    private static void refuseNewer(BackupManifest manifest, String installed) throws BackupFileException {
        if (!installed.equals("unknown") && Versions.compare(manifest.parleyVersion(), installed) > 0) {
            throw new BackupFileException("this backup was made by Parley " + manifest.parleyVersion()
                    + ", newer than the installed " + installed + ": install Parley " + manifest.parleyVersion()
                    + " or newer first, then restore; nothing was changed");
        }
    }
}
