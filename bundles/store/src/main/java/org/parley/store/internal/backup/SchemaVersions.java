package org.parley.store.internal.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The applied schema version of every migration owner, read from the owners' {@code <owner>_schema_history} tables
 * (one per owner, see the store's README), so a backup's manifest says which schema it holds.
 */
final class SchemaVersions {

    private static final String SUFFIX = "_schema_history";

    private SchemaVersions() {
    }

    static Map<String, String> read(Connection connection) throws SQLException {
        Map<String, String> versions = new TreeMap<>();
        for (String table : historyTables(connection)) {
            String owner = table.substring(0, table.length() - SUFFIX.length()).toLowerCase(Locale.ROOT);
            versions.put(owner, latest(connection, table));
        }
        return versions;
    }

    private static List<String> historyTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (name.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private static String latest(Connection connection, String table) throws SQLException {
        // Flyway's history: the installed rank orders the scripts; failed ones are not the schema's version.
        String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT \"version\" FROM " + quoted
                        + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
            return row.next() ? row.getString(1) : "";
        }
    }
}
