package org.parley.store.internal.backup;

import java.util.Map;

/**
 * What {@code backup.snapshot} answers: where the copy is and what it holds.
 *
 * @param folder the snapshot folder (absolute), readable by root; released with {@code backup.release}
 * @param vendor {@code derby} (the folder holds {@code db/parley/}) or {@code postgresql} ({@code db/parley.dump},
 *     {@code pg_dump}'s custom format)
 * @param schemaVersions the applied schema version of each migration owner, e.g. {@code auth → 4}
 * @param parleyVersion the version of the running store bundle
 * @param consistency how the copy was made, for the person reading the backup's manifest
 */
public record Snapshot(String folder, String vendor, Map<String, String> schemaVersions, String parleyVersion,
        String consistency) {
}
