package org.parley.store.internal.transfer;

import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.parley.store.api.Database.Vendor;
import org.parley.store.api.DatabaseFacts;
import org.parley.store.api.DatabaseFacts.PoolFigures;
import org.parley.store.internal.pool.OpenDatabase;

/**
 * Reads what the System page shows about the open database. The size is cheap on both: Derby's folder is summed
 * file by file, PostgreSQL answers {@code pg_database_size}. An unreachable database gives an empty version and
 * size -1 instead of an error.
 */
public final class FactsReader {

    private FactsReader() {
    }

    /**
     * @param derbyFolder the embedded database's folder, {@code null} for PostgreSQL
     * @param url the configured URL (empty for Derby)
     */
    public static DatabaseFacts read(OpenDatabase database, Path derbyFolder, String url, String user,
            List<String> owners) {
        boolean derby = database.vendor() == Vendor.DERBY;
        String version = "";
        long size = -1;
        try (Connection connection = database.dataSource().getConnection()) {
            version = connection.getMetaData().getDatabaseProductVersion();
            size = derby ? folderSize(derbyFolder) : postgresSize(connection);
        } catch (SQLException | RuntimeException e) {
            // The health check says why; the page still shows where the database is.
        }
        return new DatabaseFacts(derby ? "Derby" : "PostgreSQL", version,
                derby ? "jdbc:derby:" + derbyFolder : url, derby ? "" : user, pool(database), size, owners);
    }

    private static PoolFigures pool(OpenDatabase database) {
        HikariPoolMXBean pool = database.poolStatistics();
        if (pool == null) {
            return new PoolFigures(0, 0, 0, 0, database.maximumPoolSize());
        }
        return new PoolFigures(pool.getActiveConnections(), pool.getIdleConnections(), pool.getTotalConnections(),
                pool.getThreadsAwaitingConnection(), database.maximumPoolSize());
    }

    private static long postgresSize(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_database_size(current_database())")) {
            return row.next() ? row.getLong(1) : -1;
        }
    }

    private static long folderSize(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }
}
