package org.parley.audit.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.parley.audit.api.AuditQuery;
import org.parley.audit.api.AuditRecord;
import org.parley.store.api.Database;

/** The read side of {@code audit_record}: filtered pages and one streaming walk over the whole chain. */
public final class RecordQueries {

    private static final int WALK_FETCH_SIZE = 1_000;

    private final Database database;

    public RecordQueries(Database database) {
        this.database = database;
    }

    /** Records matching {@code query}, ascending by sequence. */
    public List<AuditRecord> find(AuditQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + RecordRows.COLUMNS + " FROM audit_record WHERE 1 = 1");
        condition(sql, parameters, "actor = ?", query.actor());
        if (query.action() != null && query.action().endsWith(".")) {
            condition(sql, parameters, "action_name LIKE ? ESCAPE '\\'", likePrefix(query.action()));
        } else {
            condition(sql, parameters, "action_name = ?", query.action());
        }
        condition(sql, parameters, "target_name = ?", query.target());
        condition(sql, parameters, "recorded_at >= ?", query.from() == null ? null : query.from().toEpochMilli());
        condition(sql, parameters, "recorded_at < ?", query.to() == null ? null : query.to().toEpochMilli());
        condition(sql, parameters, "seq > ?", query.afterSequence());
        sql.append(" ORDER BY seq FETCH FIRST ").append(query.limit()).append(" ROWS ONLY");
        List<AuditRecord> records = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(RecordRows.read(rows));
                }
            }
        }
        return records;
    }

    /**
     * Hands every record, ascending by sequence, to {@code walker} as an iterator that reads the rows while it
     * is iterated (PostgreSQL needs a transaction to stream with a cursor instead of loading everything).
     */
    public <T> T walk(Function<Iterator<AuditRecord>, T> walker) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement select = connection.createStatement()) {
                select.setFetchSize(WALK_FETCH_SIZE);
                try (ResultSet rows = select.executeQuery(
                        "SELECT " + RecordRows.COLUMNS + " FROM audit_record ORDER BY seq")) {
                    T result = walker.apply(new RowIterator(rows));
                    connection.commit();
                    return result;
                } catch (RowReadFailure e) {
                    connection.rollback();
                    throw e.getCause();
                }
            }
        }
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            parameters.add(value);
        }
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Carries a {@link SQLException} out of {@link Iterator#next()}. */
    private static final class RowReadFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RowReadFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private static final class RowIterator implements Iterator<AuditRecord> {
        private final ResultSet rows;
        private AuditRecord next;
        private boolean done;

        RowIterator(ResultSet rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    if (rows.next()) {
                        next = RecordRows.read(rows);
                    } else {
                        done = true;
                    }
                } catch (SQLException e) {
                    throw new RowReadFailure(e);
                }
            }
            return next != null;
        }

        @Override
        public AuditRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            AuditRecord current = next;
            next = null;
            return current;
        }
    }
}
