package org.parley.store.internal.transfer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Compares each table's row count on both sides; the target's is read inside the copy's own transaction. */
final class RowCounts {

    private RowCounts() {
    }

    static void compare(Connection source, Connection target, List<String> tables) throws SQLException {
        List<String> differences = new ArrayList<>();
        for (String table : tables) {
            long from = count(source, table);
            long to = count(target, table);
            if (from != to) {
                differences.add(table + " has " + from + " rows in the embedded database but " + to + " on the target");
            }
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException("row counts differ: " + String.join("; ", differences));
        }
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
