package org.parley.store.internal.health;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.parley.api.health.HealthResult;

/**
 * The database's health: borrows a connection from the pool and reads the server's name and version. Results are
 * kept for {@link #MAX_AGE_NANOS} so that health polling does not load the database, and a probe that takes long
 * (an unreachable host waits for the connect timeout) runs on its own thread: {@link #check()} waits at most
 * {@link #WAIT_MILLIS} and otherwise answers with the last known state.
 */
public final class DatabaseHealth implements AutoCloseable {

    static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final long WAIT_MILLIS = 1500;

    private final DataSource dataSource;
    private final String location;
    private final ExecutorService prober;
    private HealthResult last;
    private long lastAt;
    private CompletableFuture<HealthResult> pending;

    /**
     * @param location where the database is, e.g. {@code PostgreSQL at 10.0.0.5:5432}, used in DOWN details
     */
    public DatabaseHealth(DataSource dataSource, String location) {
        this.dataSource = dataSource;
        this.location = location;
        this.prober = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "parley-database-health");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The current state, at most about a second old; never throws. */
    public synchronized HealthResult check() {
        if (last != null && System.nanoTime() - lastAt < MAX_AGE_NANOS) {
            return last;
        }
        if (pending == null) {
            pending = CompletableFuture.supplyAsync(this::probe, prober);
        }
        try {
            HealthResult result = pending.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            pending = null;
            last = result;
            lastAt = System.nanoTime();
            return result;
        } catch (TimeoutException e) {
            return last != null ? last
                    : HealthResult.down(location + " has not answered within " + WAIT_MILLIS + " ms; still trying");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthResult.down("health check of " + location + " was interrupted");
        } catch (ExecutionException e) {
            pending = null;
            return HealthResult.down("cannot check " + location + ": " + ConnectionFailure.reason(e.getCause()));
        }
    }

    private HealthResult probe() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            return HealthResult.up(metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion()
                    + " (" + location + ")");
        } catch (SQLException | RuntimeException e) {
            return HealthResult.down("cannot connect to " + location + ": " + ConnectionFailure.reason(e));
        }
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
