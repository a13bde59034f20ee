package org.parley.store.internal.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds writes to the embedded database while it is copied: {@code SYSCS_UTIL.SYSCS_FREEZE_DATABASE} stops Derby
 * writing to disk, so a transaction that commits meanwhile waits (it is neither lost nor failed) and the copy reads
 * a state that cannot change under it. Chosen over a gate in the store's pool because it needs no wrapper around
 * every borrowed connection and holds writers wherever they come from, while reads go on. A writer that already
 * holds a row lock when the freeze starts makes the copy wait for that lock: drain the appliance first.
 */
final class DerbyFreeze implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyFreeze.class);

    private final Connection connection;

    private DerbyFreeze(Connection connection) {
        this.connection = connection;
    }

    static DerbyFreeze freeze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CALL SYSCS_UTIL.SYSCS_FREEZE_DATABASE()");
        }
        return new DerbyFreeze(connection);
    }

    @Override
    public void close() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CALL SYSCS_UTIL.SYSCS_UNFREEZE_DATABASE()");
        } catch (SQLException e) {
            LOG.error("Derby could not be unfrozen after the copy; writes stay held until a restart: {}",
                    e.getMessage());
        }
    }
}
