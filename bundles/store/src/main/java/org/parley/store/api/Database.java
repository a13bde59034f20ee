package org.parley.store.api;

import javax.sql.DataSource;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The appliance's database, published as an OSGi service by the store bundle. The service stays registered
 * while the database is unreachable (connections then fail with {@link java.sql.SQLException} and health says
 * why); it is re-registered when the database settings change, so consumers that hold connections or caches
 * should be dynamic or restart with it. Thread-safe.
 */
@ProviderType
public interface Database {

    /** Which SQL dialect {@link #dataSource()} speaks. */
    enum Vendor { DERBY, POSTGRESQL }

    Vendor vendor();

    /** The pooled data source. Close every connection you borrow (try-with-resources). */
    DataSource dataSource();

    /**
     * Applies the pending migrations of one owner, all-or-nothing, keeping the owner's history in a table of its
     * own ({@code <owner>_schema_history}). Scripts are read from the bundle (or, outside OSGi, the class path
     * entry) that holds {@code anchor}: {@code db/migration/<owner>/common/V<n>__<what>.sql} for both databases and
     * {@code db/migration/<owner>/<derby|postgresql>/V<n>__<what>.sql} where the SQL differs.
     * On failure the previous schema stays and the exception names the script and the database's message.
     *
     * @param owner lower-case letters, digits and underscores, e.g. {@code audit}
     * @param anchor a class of the owning bundle
     * @return the schema version now in place (e.g. {@code "3"}), or {@code ""} when the owner has no scripts
     * @throws MigrationException when a script fails or the database cannot be reached
     */
    String migrate(String owner, Class<?> anchor) throws MigrationException;
}
