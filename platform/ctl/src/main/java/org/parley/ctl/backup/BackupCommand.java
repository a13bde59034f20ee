package org.parley.ctl.backup;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.ctl.Ctl;
import org.parley.ctl.UsageException;

/**
 * {@code parleyctl backup FILE}: one encrypted file with the database, keys, certificates and settings. While Parley
 * runs, the service copies the database consistently ({@code backup.snapshot}: Derby's online backup or
 * {@code pg_dump}) and this command seals the copy with the other folders; when Parley is stopped, it copies the
 * embedded Derby folder itself, which is consistent because nothing writes to it.
 */
public final class BackupCommand extends FileCommand {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summary() {
        return "write an encrypted backup (database, keys, settings) to a file";
    }

    @Override
    public String usage() {
        return """
                Usage: parleyctl backup FILE [--passphrase-file F | --key-file K]
                Writes one encrypted file (AES-256-GCM) with the database, the keys, the TLS certificates, the
                console's settings, /etc/parley (conf.d, secrets) and /etc/default/parley. Consistent while Parley
                runs (Derby's online backup, or pg_dump for PostgreSQL, made by the service); with Parley stopped it
                copies the embedded database's folder. Recordings, logs and the cache are not included.
                  --passphrase-file F  the passphrase is the first line of F (else it is asked twice at the terminal;
                                       never give it on the command line)
                  --key-file K         seal with a raw 32-byte key instead (the automatic pre-upgrade backups use
                                       /etc/parley/secrets/backup.key)
                Keep the passphrase: without it the backup cannot be read.
                Exit status: 0 written, 1 failed (nothing written), 2 bad usage.
                Example: parleyctl backup /root/parley-$(date +%F).pbk --passphrase-file /root/backup-passphrase
                """;
    }

    @Override
    int execute(List<String> arguments, Ctl ctl) throws Exception {
        BackupArguments parsed = BackupArguments.parse(arguments, Set.of());
        if (parsed.file().getParent() == null || !Files.isDirectory(parsed.file().getParent())) {
            throw new UsageException("the folder of " + parsed.file() + " does not exist");
        }
        BackupSecret secret = parsed.secret(System.console(), true);
        Kdf kdf = parsed.keyFile() != null ? Kdf.keyFile() : Kdf.forPassphrase();
        List<BackupLayout> layout = BackupLayout.of(ctl);
        BackupManifest manifest;
        if (ServiceProbe.answers(ctl.socket())) {
            manifest = online(parsed.file(), secret, kdf, layout, ctl);
        } else {
            manifest = offline(parsed.file(), secret, kdf, layout, ctl);
        }
        long files = manifest.entries().stream().filter(entry -> !entry.directory()).count();
        ctl.out().printf("backup written to %s: %d files, %s, Parley %s, %s (%s)%n", parsed.file(), files,
                size(Files.size(parsed.file())), manifest.parleyVersion(), manifest.vendor(), manifest.consistency());
        return 0;
    }

    private static BackupManifest online(Path file, BackupSecret secret, Kdf kdf, List<BackupLayout> layout, Ctl ctl)
            throws IOException {
        JsonNode snapshot = ctl.client().call("backup.snapshot", Map.of());
        Path folder = Path.of(snapshot.path("folder").asText());
        try {
            Map<String, String> versions = new LinkedHashMap<>();
            snapshot.path("schemaVersions").fields().forEachRemaining(e -> versions.put(e.getKey(),
                    e.getValue().asText()));
            List<ArchiveWriter.Source> sources = layout.stream().map(f -> new ArchiveWriter.Source(f.name(),
                    switch (f.name()) {
                        case BackupLayout.DB -> folder.resolve("db");
                        case BackupLayout.AUDIT -> folder.resolve("audit");
                        default -> f.live();
                    })).toList();
            return seal(file, secret, kdf, sources, snapshot.path("vendor").asText(), versions,
                    snapshot.path("consistency").asText() + ", made while Parley ran", ctl);
        } finally {
            release(folder, ctl);
        }
    }

    /** Hands the snapshot back; a failure here does not hide the backup's own outcome. */
    private static void release(Path folder, Ctl ctl) {
        try {
            ctl.client().call("backup.release", Map.of("folder", folder.toString()));
        } catch (IOException e) {
            ctl.err().println("parleyctl backup: the snapshot " + folder + " was not deleted (" + e.getMessage()
                    + "); delete it by hand");
        }
    }

    private static BackupManifest offline(Path file, BackupSecret secret, Kdf kdf, List<BackupLayout> layout, Ctl ctl)
            throws IOException {
        Path database = ctl.varLib().resolve("db").resolve("parley");
        if (Files.exists(ServiceProbe.derbyLock(ctl.varLib()))) {
            throw new IOException("Parley does not answer on " + ctl.socket() + ", but its database is open ("
                    + ServiceProbe.derbyLock(ctl.varLib()) + " exists): wait until it has started or stopped, and"
                    + " try again (after a crash, start and stop Parley once)");
        }
        if (ServiceProbe.postgresConfigured(ctl.etc(), ctl.varLib())) {
            throw new IOException("Parley is not running and its database is PostgreSQL: start Parley, whose service"
                    + " copies it with pg_dump, and run the backup again");
        }
        if (Files.isDirectory(database)) {
            ctl.out().println("Parley is not running: copying the embedded database folder " + database
                    + " (consistent, nothing writes to it)");
        } else {
            // Installed but never started (an upgrade right after the install): keys and settings are all there is.
            ctl.out().println("Parley is not running and has no database yet (" + database + "): backing up the"
                    + " settings and keys alone");
        }
        List<ArchiveWriter.Source> sources = layout.stream()
                .map(f -> new ArchiveWriter.Source(f.name(), f.live())).toList();
        return seal(file, secret, kdf, sources, "derby", Map.of(), "copied while Parley was stopped", ctl);
    }

    private static BackupManifest seal(Path file, BackupSecret secret, Kdf kdf, List<ArchiveWriter.Source> sources,
            String vendor, Map<String, String> versions, String consistency, Ctl ctl) throws IOException {
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, Versions.installed(ctl.home()),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), vendor, versions, consistency,
                ArchiveWriter.scan(sources));
        BackupFiles.write(file, secret, kdf, manifest, sources);
        return manifest;
    }

    static String size(long bytes) {
        return bytes < 1 << 20 ? (bytes + 1023) / 1024 + " KiB" : String.format("%.1f MiB", bytes / 1048576.0);
    }
}
