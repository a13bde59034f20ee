package org.parley.store.internal.transfer;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What the metadata says about the tables of a connection's current schema. */
final class SchemaTables {

    /** How many table names a "not empty" message lists. */
    static final int LISTED = 5;

    private SchemaTables() {
    }

    /** Lower-case names of the tables in the connection's current schema, sorted. */
    static List<String> tables(Connection connection) throws SQLException {
        return names(connection, new String[] {"TABLE", "PARTITIONED TABLE"});
    }

    /** Lower-case names of the sequences in the current schema (PostgreSQL; Derby reports none here). */
    static List<String> sequences(Connection connection) throws SQLException {
        return names(connection, new String[] {"SEQUENCE"});
    }

    /** For each table, the tables its foreign keys reference. */
    static Map<String, Set<String>> parents(Connection connection, List<String> tables) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        Map<String, Set<String>> parents = new HashMap<>();
        for (String table : tables) {
            Set<String> referenced = new TreeSet<>();
            try (ResultSet keys = metaData.getImportedKeys(null, connection.getSchema(), stored(metaData, table))) {
                while (keys.next()) {
                    referenced.add(keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            parents.put(table, referenced);
        }
        return parents;
    }

    /**
     * The message for a target that is not empty, naming up to {@value #LISTED} of its tables.
     *
     * @param tables some of the tables found, sorted
     * @param count how many there are
     */
    static String notEmpty(String where, List<String> tables, int count) {
        String listed = String.join(", ", tables.subList(0, Math.min(LISTED, tables.size())));
        String more = count > LISTED ? ", and " + (count - LISTED) + " more" : "";
        return where + " is not empty: it holds " + count + (count == 1 ? " table (" : " tables (")
                + listed + more + "). Parley copies only into an empty schema: use a new database or schema.";
    }

    /** Drops the given tables and sequences (PostgreSQL), leaving the schema as empty as it was before a copy. */
    static void dropAll(Connection connection, List<String> tables, List<String> sequences) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("DROP TABLE IF EXISTS " + SqlNames.check(table) + " CASCADE");
            }
            for (String sequence : sequences) {
                statement.execute("DROP SEQUENCE IF EXISTS " + SqlNames.check(sequence) + " CASCADE");
            }
        }
    }

    private static List<String> names(Connection connection, String[] types) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rows = metaData.getTables(null, schema, "%", types)) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        names.sort(null);
        return names;
    }

    /** The name as the database stores it: Derby folds unquoted names to upper case, PostgreSQL to lower. */
    private static String stored(DatabaseMetaData metaData, String table) throws SQLException {
        return metaData.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }
}
