package org.parley.store.internal.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.store.api.CopiedDatabase;
import org.parley.store.api.Database;
import org.parley.store.api.TransferException;
import org.parley.store.api.TransferException.Reason;
import org.parley.store.internal.pool.OpenDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A finished copy, open on the target's own pool until it is kept or discarded; the source's {@link WriteGate} is
 * opened again when it is discarded.
 */
final class OpenCopy implements CopiedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(OpenCopy.class);

    private final OpenDatabase target;
    private final Map<String, Long> rows;
    private final double seconds;
    private final WriteGate sourceGate;

    OpenCopy(OpenDatabase target, Map<String, Long> rows, double seconds, WriteGate sourceGate) {
        this.target = target;
        this.rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        this.seconds = seconds;
        this.sourceGate = sourceGate;
    }

    @Override
    public Database database() {
        return target;
    }

    @Override
    public Map<String, Long> rowsByTable() {
        return rows;
    }

    @Override
    public double seconds() {
        return seconds;
    }

    @Override
    public void discard() throws TransferException {
        sourceGate.open();
        if (!empty(target)) {
            throw new TransferException(Reason.FAILED, null, "the copy on " + target.location() + " could not be"
                    + " removed; drop its tables by hand before trying again", null);
        }
    }

    /** Keeps the copy; the source's gate stays shut, since the store switches to the copy and closes that pool. */
    @Override
    public void close() {
        target.close();
    }

    /** Drops every table and sequence in the target's schema (it was empty before the copy), then closes it. */
    static boolean empty(OpenDatabase target) {
        try (Connection connection = target.dataSource().getConnection()) {
            connection.setAutoCommit(true);
            SchemaTables.dropAll(connection, SchemaTables.tables(connection), SchemaTables.sequences(connection));
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.error("emptying {} after a failed copy failed: {}", target.location(), e.getMessage());
            return false;
        } finally {
            target.close();
        }
    }
}
