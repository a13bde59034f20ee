package org.parley.store.internal.transfer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.parley.store.api.Database.Vendor;

/** The identity and serial columns of a schema, and advancing them past the copied rows. */
final class IdentityColumns {

    /** A column whose values a sequence generates. */
    record Column(String table, String column) {
    }

    private static final String POSTGRES = "SELECT table_name, column_name FROM information_schema.columns"
            + " WHERE table_schema = current_schema() AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')";
    private static final String DERBY = "SELECT t.tablename, c.columnname FROM sys.syscolumns c"
            + " JOIN sys.systables t ON c.referenceid = t.tableid JOIN sys.sysschemas s ON t.schemaid = s.schemaid"
            + " WHERE s.schemaname = CURRENT SCHEMA AND c.autoincrementinc IS NOT NULL";

    private IdentityColumns() {
    }

    static List<Column> of(Connection connection, Vendor vendor) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(vendor == Vendor.POSTGRESQL ? POSTGRES : DERBY)) {
            while (rows.next()) {
                columns.add(new Column(SqlNames.check(rows.getString(1)), SqlNames.check(rows.getString(2))));
            }
        }
        return columns;
    }

    /** Moves each column's next value past its largest value, inside the caller's transaction. */
    static void advance(Connection connection, Vendor vendor, List<Column> columns) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Column column : columns) {
                Long max;
                try (ResultSet row = statement.executeQuery("SELECT MAX(" + column.column() + ") FROM "
                        + column.table())) {
                    row.next();
                    long value = row.getLong(1);
                    max = row.wasNull() ? null : value;
                }
                statement.execute(IdentityAdvance.sql(vendor, column.table(), column.column(), max));
            }
        }
    }
}
