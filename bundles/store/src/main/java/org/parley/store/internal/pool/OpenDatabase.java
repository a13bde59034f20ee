package org.parley.store.internal.pool;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import javax.sql.DataSource;
import org.parley.store.api.Database;
import org.parley.store.api.MigrationException;
import org.parley.store.internal.migration.Migrator;

/**
 * A {@link Database} backed by an open connection pool. Closing it closes the pool and then runs the vendor's
 * own shutdown (Derby writes its checkpoint and releases the database directory).
 */
public final class OpenDatabase implements Database, AutoCloseable {

    private final Vendor vendor;
    private final HikariDataSource pool;
    private final String location;
    private final Runnable afterClose;

    OpenDatabase(Vendor vendor, HikariDataSource pool, String location, Runnable afterClose) {
        this.vendor = vendor;
        this.pool = pool;
        this.location = location;
        this.afterClose = afterClose;
    }

    @Override
    public Vendor vendor() {
        return vendor;
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public String migrate(String owner, Class<?> anchor) throws MigrationException {
        return Migrator.migrate(pool, vendor, owner, anchor);
    }

    /** Live pool figures for metrics; zeros until the pool has started. */
    public HikariPoolMXBean poolStatistics() {
        return pool.getHikariPoolMXBean();
    }

    /** The most connections the pool opens. */
    public int maximumPoolSize() {
        return pool.getMaximumPoolSize();
    }

    /** The pool's name, e.g. {@code parley-derby}. */
    public String poolName() {
        return pool.getPoolName();
    }

    /** Where the database is, for messages: {@code PostgreSQL at host:port} or {@code embedded Derby at dir}. */
    public String location() {
        return location;
    }

    @Override
    public void close() {
        pool.close();
        afterClose.run();
    }
}
