package org.parley.store.internal.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.store.api.MigrationException;
import org.parley.store.api.TransferException;
import org.parley.store.api.TransferException.Reason;
import org.parley.store.internal.migration.Migrator;
import org.parley.store.internal.pool.OpenDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One copy from the embedded Derby database to an empty PostgreSQL: the owners' migrations build the target's
 * schema (and write its histories), then, with the {@link WriteGate} shut (no other borrower of Derby's pool) and
 * Derby frozen, rows the migrations seeded are deleted and every table's rows are inserted parents first in one
 * target transaction, identity columns are advanced and row counts compared before COMMIT. Any failure drops what
 * was created, so the target is empty again, and opens the gate; a finished copy holds it shut until it is kept
 * (the store then leaves Derby) or discarded.
 */
final class EmbeddedCopy {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCopy.class);

    private final OpenDatabase source;
    private final OpenDatabase target;
    private final Map<String, Class<?>> owners;
    private final Duration quiesce;
    private final long started = System.nanoTime();

    EmbeddedCopy(OpenDatabase source, OpenDatabase target, Map<String, Class<?>> owners, Duration quiesce) {
        this.source = source;
        this.target = target;
        this.owners = owners;
        this.quiesce = quiesce;
    }

    OpenCopy run() throws TransferException {
        try {
            for (Map.Entry<String, Class<?>> owner : owners.entrySet()) {
                Migrator.migrate(target.dataSource(), target.vendor(), owner.getKey(), owner.getValue());
            }
        } catch (MigrationException | RuntimeException e) {
            throw failed(e);
        }
        try (Connection from = source.dataSource().getConnection()) {
            WriteGate gate = WriteGate.shut(source, 1, quiesce);
            try {
                Map<String, Long> rows = copyRows(from);
                double seconds = (System.nanoTime() - started) / 1e9;
                LOG.info("copied {} tables, {} rows from {} to {} in {} s; {} refuses borrowers until the switch",
                        rows.size(), rows.values().stream().mapToLong(Long::longValue).sum(), source.location(),
                        target.location(), String.format("%.1f", seconds), source.location());
                return new OpenCopy(target, rows, seconds, gate);
            } catch (SQLException | RuntimeException e) {
                gate.open();
                throw e;
            }
        } catch (TransferException e) {
            OpenCopy.empty(target);
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw failed(e);
        }
    }

    private TransferException failed(Exception e) {
        OpenCopy.empty(target);
        return new TransferException(Reason.FAILED, null, "the copy to " + target.location() + " failed and"
                + " the target was emptied again: " + e.getMessage(), e);
    }

    private Map<String, Long> copyRows(Connection from) throws SQLException {
        try (Connection to = target.dataSource().getConnection()) {
            List<String> tables = tablesToCopy(from, to);
            List<String> order = TableOrder.parentsFirst(tables, SchemaTables.parents(from, tables));
            List<IdentityColumns.Column> identities = IdentityColumns.of(to, target.vendor());
            Set<String> withIdentity = identities.stream().map(IdentityColumns.Column::table)
                    .collect(Collectors.toSet());
            DerbyFreeze freeze = DerbyFreeze.freeze(from);
            try {
                to.setAutoCommit(false);
                Map<String, Long> rows = fill(from, to, order, withIdentity);
                IdentityColumns.advance(to, target.vendor(), identities);
                RowCounts.compare(from, to, order);
                to.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            } finally {
                freeze.close();
            }
        }
    }

    /** The source's tables without the migration histories; each must exist on the target. */
    private static List<String> tablesToCopy(Connection from, Connection to) throws SQLException {
        List<String> tables = new ArrayList<>(SchemaTables.tables(from));
        tables.removeIf(SqlNames::isHistory);
        List<String> missing = new ArrayList<>(tables);
        missing.removeAll(SchemaTables.tables(to));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("tables " + missing + " are in the embedded database but no migration"
                    + " created them on PostgreSQL (only owners that migrated since the store started are replayed)");
        }
        return tables;
    }

    private static Map<String, Long> fill(Connection from, Connection to, List<String> order,
            Set<String> withIdentity) throws SQLException {
        List<String> reversed = new ArrayList<>(order);
        Collections.reverse(reversed);
        try (var delete = to.createStatement()) {
            // Migrations may seed rows (the audit chain head); the source's rows replace them.
            for (String table : reversed) {
                delete.executeUpdate("DELETE FROM " + table);
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : order) {
            rows.put(table, RowCopier.copy(from, to, table, withIdentity.contains(table)));
        }
        return rows;
    }
}
