package org.parley.store.internal.migration;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.parley.store.api.Database.Vendor;
import org.parley.store.api.MigrationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one owner's migrations with the embedded Flyway. Flyway is configured with the store bundle's own class
 * loader (where its database plugins are, found through {@code ServiceLoader}) and with the owner's scripts as an
 * explicit resource list, so it never scans a class path. All pending scripts of an owner run in one transaction
 * ({@code group}): either all apply or the previous schema stays.
 */
public final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final Pattern OWNER = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private Migrator() {
    }

    /** See {@link org.parley.store.api.Database#migrate(String, Class)}. */
    public static String migrate(DataSource dataSource, Vendor vendor, String owner, Class<?> anchor)
            throws MigrationException {
        checkOwner(owner);
        Objects.requireNonNull(anchor, "anchor");
        ScriptFolders folders;
        try {
            folders = ScriptLocator.foldersOf(anchor);
        } catch (RuntimeException e) {
            throw new MigrationException("migration of '" + owner + "' failed: " + e.getMessage(), e);
        }
        return migrate(dataSource, vendor, owner, folders);
    }

    /** Applies the owner's scripts found in {@code folders}; tests use it to change the scripts between runs. */
    static String migrate(DataSource dataSource, Vendor vendor, String owner, ScriptFolders folders)
            throws MigrationException {
        checkOwner(owner);
        OwnerScripts scripts = readScripts(folders, vendor, owner);
        if (scripts.isEmpty()) {
            LOG.warn("{} has no migration scripts under {}{}/", owner, ScriptLocator.ROOT, owner);
            return "";
        }
        Flyway flyway = flyway(dataSource, owner, scripts);
        try {
            MigrateResult result = flyway.migrate();
            String version = currentVersion(flyway);
            LOG.info("{}: {} migration(s) applied on {}, schema at version {}", owner, result.migrationsExecuted,
                    vendor, version);
            return version;
        } catch (FlywayException e) {
            throw MigrationFailure.describe(owner, e, versionAfterFailure(flyway));
        }
    }

    /** The history table that keeps one owner's applied migrations. */
    public static String historyTable(String owner) {
        return owner + "_schema_history";
    }

    private static void checkOwner(String owner) {
        if (owner == null || !OWNER.matcher(owner).matches()) {
            throw new IllegalArgumentException("migration owner must be 1-40 lower-case letters, digits or"
                    + " underscores starting with a letter, not '" + owner + "'");
        }
    }

    private static OwnerScripts readScripts(ScriptFolders folders, Vendor vendor, String owner)
            throws MigrationException {
        try {
            return ScriptLocator.scripts(folders, owner, vendor);
        } catch (IOException e) {
            throw new MigrationException("migration of '" + owner + "' failed: cannot read its scripts: "
                    + e.getMessage(), e);
        }
    }

    private static Flyway flyway(DataSource dataSource, String owner, OwnerScripts scripts) {
        return Flyway.configure(Migrator.class.getClassLoader())
                .dataSource(dataSource)
                .table(historyTable(owner))
                .resourceProvider(scripts)
                .javaMigrationClassProvider(List::of)
                .group(true)
                // Owners share a schema: the second owner finds it non-empty and starts its history at 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .failOnMissingLocations(false)
                .loggers("slf4j")
                .load();
    }

    private static String currentVersion(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        if (current == null || current.getVersion() == null || current.getType().isBaseline()) {
            return "";
        }
        return current.getVersion().getVersion();
    }

    private static String versionAfterFailure(Flyway flyway) {
        try {
            return currentVersion(flyway);
        } catch (FlywayException e) {
            // The database may be the reason for the failure; the message then goes without the version.
            return null;
        }
    }
}
