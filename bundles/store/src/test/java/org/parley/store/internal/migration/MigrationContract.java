package org.parley.store.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.api.MigrationException;
import org.parley.store.internal.StandaloneDatabase;

/**
 * What migrations must do on every database; {@code DerbyMigrationIT} and {@code PostgresMigrationIT} run it on a
 * real Derby and a real PostgreSQL. The {@code demo} and {@code other} owners' scripts are test resources; the
 * {@code evolve} owner's scripts are written per test to change them between runs.
 */
abstract class MigrationContract {

    @TempDir
    Path scriptRoot;

    private StandaloneDatabase database;

    protected abstract StandaloneDatabase open() throws Exception;

    protected abstract void afterClose() throws Exception;

    @BeforeEach
    void openDatabase() throws Exception {
        database = open();
    }

    @AfterEach
    void closeDatabase() throws Exception {
        database.close();
        afterClose();
    }

    @Test
    void appliesTheCommonAndVendorScripts() throws Exception {
        assertEquals("3", database.migrate("demo", MigrationContract.class));

        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO demo_item (id, name, note, payload) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, 1);
            insert.setString(2, "first");
            insert.setString(3, "note");
            insert.setBytes(4, new byte[] {1, 2, 3});
            assertEquals(1, insert.executeUpdate());
        }
        assertEquals(1, count("SELECT COUNT(*) FROM demo_item WHERE note = 'note'"));
    }

    @Test
    void runningAgainIsANoOp() throws Exception {
        database.migrate("demo", MigrationContract.class);
        long history = count("SELECT COUNT(*) FROM \"demo_schema_history\"");
        execute("INSERT INTO demo_item (id, name) VALUES (7, 'kept')");

        assertEquals("3", database.migrate("demo", MigrationContract.class));

        assertEquals(history, count("SELECT COUNT(*) FROM \"demo_schema_history\""));
        assertEquals(1, count("SELECT COUNT(*) FROM demo_item WHERE id = 7"));
    }

    @Test
    void aBrokenScriptLeavesThePreviousSchemaAndNamesTheScript() throws Exception {
        script("V1__one.sql", "CREATE TABLE evolve_one (id INT NOT NULL PRIMARY KEY);");
        script("V2__two.sql", "CREATE TABLE evolve_two (id INT NOT NULL PRIMARY KEY);");
        assertEquals("2", migrateEvolve());
        script("V3__three.sql", "CREATE TABLE evolve_three (id INT NOT NULL PRIMARY KEY);");
        script("V4__broken.sql", "CREATE TABLE evolve_four (id INT NOT NULL PRIMARY KEY);\n"
                + "INSERT INTO evolve_missing VALUES (1);\n");

        MigrationException failure = assertThrows(MigrationException.class, this::migrateEvolve);

        String message = failure.getMessage();
        assertTrue(message.startsWith("migration of 'evolve' failed in V4__broken.sql at line 2: "), message);
        assertTrue(message.toLowerCase(Locale.ROOT).contains("evolve_missing"), message);
        assertTrue(message.endsWith("; its schema stays at version 2"), message);
        assertFalse(message.contains("\n"), message);
        assertTrue(tableExists("evolve_two"));
        assertFalse(tableExists("evolve_three"), "V3 ran in the same transaction as the broken V4");
        assertFalse(tableExists("evolve_four"));

        script("V4__broken.sql", "CREATE TABLE evolve_four (id INT NOT NULL PRIMARY KEY);\n");
        assertEquals("4", migrateEvolve());
        assertTrue(tableExists("evolve_three"));
        assertTrue(tableExists("evolve_four"));
    }

    @Test
    void twoOwnersKeepSeparateHistories() throws Exception {
        assertEquals("3", database.migrate("demo", MigrationContract.class));
        assertEquals("1", database.migrate("other", MigrationContract.class));

        assertEquals(3, count("SELECT COUNT(*) FROM \"demo_schema_history\" WHERE \"type\" = 'SQL'"));
        assertEquals(1, count("SELECT COUNT(*) FROM \"other_schema_history\" WHERE \"type\" = 'SQL'"));
        assertEquals("3", database.migrate("demo", MigrationContract.class));
        assertTrue(tableExists("other_thing"));
    }

    @Test
    void anOwnerWithoutScriptsHasNoVersionAndBadOwnerNamesAreRefused() throws Exception {
        assertEquals("", database.migrate("nobody", MigrationContract.class));
        assertFalse(tableExists("\"nobody_schema_history\""));
        assertThrows(IllegalArgumentException.class, () -> database.migrate("Demo; DROP", MigrationContract.class));
    }

    private String migrateEvolve() throws MigrationException {
        return Migrator.migrate(database.dataSource(), database.vendor(), "evolve",
                new CodeSourceScriptFolders(scriptRoot));
    }

    private void script(String name, String sql) throws IOException {
        Path file = scriptRoot.resolve("db/migration/evolve/common").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
    }

    private boolean tableExists(String table) throws SQLException {
        try {
            count("SELECT COUNT(*) FROM " + table);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
