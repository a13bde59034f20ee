package org.parley.store.internal.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.parley.store.api.Database.Vendor;
import org.parley.store.internal.settings.DatabaseSettings;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the pooled databases. Both vendors sit behind HikariCP so that pool behaviour and metrics are the same;
 * the pool never connects while it is being built ({@code initializationFailTimeout=-1}), so an unreachable
 * PostgreSQL leaves a registered service that recovers by itself when the server comes back.
 */
public final class DataSources {

    private static final Logger LOG = LoggerFactory.getLogger(DataSources.class);
    private static final String DERBY_SHUTDOWN_STATE = "08006";
    private static final long MIN_TIMEOUT_MILLIS = 250;

    private DataSources() {
    }

    /** Embedded Derby in {@code directory} (created on first connection), with at most {@code poolSize} connections. */
    public static OpenDatabase derby(Path directory, int poolSize) {
        DerbyLog.install();
        String name = directory.toAbsolutePath().normalize().toString();
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(name);
        derby.setCreateDatabase("create");
        HikariConfig config = poolConfig("parley-derby", derby, poolSize,
                DatabaseSettings.DEFAULT_CONNECT_TIMEOUT_SECONDS);
        config.setAllowPoolSuspension(true); // the move to PostgreSQL holds other borrowers off (WriteGate)
        HikariDataSource pool = new HikariDataSource(config);
        return new OpenDatabase(Vendor.DERBY, pool, "embedded Derby at " + name, () -> shutDownDerby(name));
    }

    /** PostgreSQL as the settings say; does not connect yet. */
    public static OpenDatabase postgres(DatabaseSettings settings) {
        HikariDataSource pool = new HikariDataSource(poolConfig("parley-postgresql", postgresDriver(settings),
                settings.poolSize(), settings.connectTimeoutSeconds()));
        return new OpenDatabase(Vendor.POSTGRESQL, pool, "PostgreSQL at " + settings.endpoint(), () -> { });
    }

    /**
     * The driver's own data source, unpooled, configured exactly as the pool's: a connection test opens one
     * connection with it and sees the driver's exception rather than the pool's timeout.
     */
    public static DataSource postgresDriver(DatabaseSettings settings) {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(settings.url());
        postgres.setUser(settings.user());
        if (!settings.password().isEmpty()) {
            postgres.setPassword(settings.password());
        }
        postgres.setSslMode(settings.sslMode().libpqName());
        if (settings.sslRootCert() != null) {
            postgres.setSslRootCert(settings.sslRootCert().toString());
        }
        postgres.setConnectTimeout(settings.connectTimeoutSeconds());
        postgres.setLoginTimeout(settings.connectTimeoutSeconds());
        postgres.setTcpKeepAlive(true);
        postgres.setApplicationName("parley");
        return postgres;
    }

    private static HikariConfig poolConfig(String name, DataSource dataSource, int poolSize, int timeoutSeconds) {
        long timeoutMillis = Math.max(MIN_TIMEOUT_MILLIS, timeoutSeconds * 1000L);
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSource(dataSource);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setConnectionTimeout(timeoutMillis);
        config.setValidationTimeout(Math.min(timeoutMillis, 2000));
        config.setInitializationFailTimeout(-1);
        return config;
    }

    private static void shutDownDerby(String name) {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(name);
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
            LOG.warn("Derby at {} did not confirm its shutdown", name);
        } catch (SQLException e) {
            if (DERBY_SHUTDOWN_STATE.equals(e.getSQLState())) {
                LOG.info("Derby at {} shut down cleanly", name);
            } else {
                LOG.warn("Derby at {} did not shut down cleanly: {}", name, e.getMessage());
            }
        }
    }
}
