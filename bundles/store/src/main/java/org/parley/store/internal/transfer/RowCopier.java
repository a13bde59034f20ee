package org.parley.store.internal.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies one table's rows from the source connection into the target's transaction, in batches. Large objects are
 * read as values (Derby's CLOB and BLOB locators do not outlive the row), everything else goes through
 * {@code getObject}/{@code setObject}, which both drivers map between the column types the migrations use.
 */
final class RowCopier {

    static final int BATCH = 500;

    private RowCopier() {
    }

    /** @return how many rows were copied */
    static long copy(Connection source, Connection target, String table, boolean overridingIdentity)
            throws SQLException {
        try (Statement select = source.createStatement();
                ResultSet rows = select.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(SqlNames.check(meta.getColumnName(i)));
            }
            try (PreparedStatement insert = target.prepareStatement(insertSql(table, columns, overridingIdentity))) {
                return copyRows(rows, meta, insert);
            }
        }
    }

    static String insertSql(String table, List<String> columns, boolean overridingIdentity) {
        String marks = String.join(", ", columns.stream().map(column -> "?").toList());
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ")"
                + (overridingIdentity ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES (" + marks + ")";
    }

    private static long copyRows(ResultSet rows, ResultSetMetaData meta, PreparedStatement insert)
            throws SQLException {
        int count = meta.getColumnCount();
        long copied = 0;
        while (rows.next()) {
            for (int i = 1; i <= count; i++) {
                Object value = value(rows, i, meta.getColumnType(i));
                if (value == null) {
                    insert.setNull(i, Types.NULL);
                } else {
                    insert.setObject(i, value);
                }
            }
            insert.addBatch();
            copied++;
            if (copied % BATCH == 0) {
                insert.executeBatch();
            }
        }
        if (copied % BATCH != 0) {
            insert.executeBatch();
        }
        return copied;
    }

    private static Object value(ResultSet rows, int column, int type) throws SQLException {
        switch (type) {
            case Types.CLOB:
            case Types.NCLOB:
                return rows.getString(column);
            case Types.BLOB:
                return rows.getBytes(column);
            default:
                return rows.getObject(column);
        }
    }
}
