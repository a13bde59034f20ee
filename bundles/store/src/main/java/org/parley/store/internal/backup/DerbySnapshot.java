package org.parley.store.internal.backup;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Derby's online backup: {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} copies the running database, transaction-consistent,
 * into {@code <folder>/parley/} while others keep reading and writing (it waits only for unlogged operations).
 */
final class DerbySnapshot {

    private DerbySnapshot() {
    }

    /** Copies the database behind {@code dataSource} into {@code folder/db/}; returns that folder. */
    static Path copy(DataSource dataSource, Path folder) throws SQLException {
        Path target = folder.resolve("db");
        try (Connection connection = dataSource.getConnection();
                CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, target.toAbsolutePath().toString());
            call.execute();
        }
        return target;
    }
}
