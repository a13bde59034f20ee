package org.parley.ctl.backup;

import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}, the first entry of a backup's zip stream: what made it and every file and folder in it.
 *
 * @param format the manifest's format (1)
 * @param parleyVersion the installed Parley that made the backup; a restore refuses a newer one than its own
 * @param created when, ISO-8601 UTC
 * @param vendor {@code derby} or {@code postgresql}
 * @param schemaVersions the database's schema version per migration owner (empty for an offline backup)
 * @param consistency how the database was copied ("Derby online backup", "copied while Parley was stopped", ...)
 * @param entries every folder and file, in the order they follow in the zip stream
 */
public record BackupManifest(int format, String parleyVersion, String created, String vendor,
        Map<String, String> schemaVersions, String consistency, List<Entry> entries) {

    public static final int FORMAT = 1;
    public static final String NAME = "manifest.json";

    public BackupManifest {
        schemaVersions = Map.copyOf(schemaVersions);
        entries = List.copyOf(entries);
    }

    /** The same manifest with another version (tests make "newer" backups with it). */
    public BackupManifest withParleyVersion(String version) {
        return new BackupManifest(format, version, created, vendor, schemaVersions, consistency, entries);
    }

    /**
     * One folder or file.
     *
     * @param path its name in the archive, e.g. {@code var/lib/keys/audit-signing.p12} ({@link BackupLayout})
     * @param directory whether it is a folder (no content)
     * @param size bytes (0 for a folder)
     * @param sha256 hex SHA-256 of the content (empty for a folder)
     * @param mode POSIX permissions, e.g. {@code rw-r-----}
     * @param owner user name, {@code ""} when unknown
     * @param group group name, {@code ""} when unknown
     */
    public record Entry(String path, boolean directory, long size, String sha256, String mode, String owner,
            String group) {
    }
}
