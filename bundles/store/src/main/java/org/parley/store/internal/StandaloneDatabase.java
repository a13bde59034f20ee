package org.parley.store.internal;

import java.nio.file.Path;
import org.parley.api.health.HealthResult;
import org.parley.store.api.Database;
import org.parley.store.internal.health.DatabaseHealth;
import org.parley.store.internal.pool.DataSources;
import org.parley.store.internal.pool.OpenDatabase;
import org.parley.store.internal.settings.DatabaseSettings;

/**
 * A {@link Database} outside OSGi, for other bundles' tests: the same pool, migrations and health check as the
 * store's component, opened directly. Close it when done (try-with-resources): that closes the pool and, for
 * Derby, shuts the database down so its directory can be deleted.
 *
 * <pre>{@code
 * try (StandaloneDatabase db = StandaloneDatabase.openDerby(tempDir.resolve("db"))) {
 *     db.migrate("audit", AuditComponent.class);
 * }
 * }</pre>
 */
public final class StandaloneDatabase extends DelegatingDatabase implements AutoCloseable {

    private final OpenDatabase database;
    private final DatabaseHealth health;

    private StandaloneDatabase(OpenDatabase database) {
        this.database = database;
        this.health = new DatabaseHealth(database.dataSource(), database.location());
    }

    /** Embedded Derby in {@code directory}, created if it does not exist. */
    public static StandaloneDatabase openDerby(Path directory) {
        return new StandaloneDatabase(DataSources.derby(directory, 4));
    }

    /**
     * PostgreSQL without TLS (tests on loopback). Isolate tests with a schema of their own, e.g.
     * {@code jdbc:postgresql://127.0.0.1:5432/test?currentSchema=t_1234} (create the schema first).
     *
     * @param password {@code null} or empty for none (trust authentication)
     */
    public static StandaloneDatabase openPostgres(String url, String user, String password) {
        return new StandaloneDatabase(DataSources.postgres(DatabaseSettings.plainPostgres(url, user, password)));
    }

    @Override
    OpenDatabase database() {
        return database;
    }

    /** The same health the store's {@code database} health check reports. */
    public HealthResult health() {
        return health.check();
    }

    @Override
    public void close() {
        health.close();
        database.close();
    }
}
