package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A migration that fails while Parley starts (as after an upgrade whose scripts do not fit the database) ends the
 * start with exit status 78, which the unit does not restart, and one line naming the owner, the cause and the way
 * back; put right, the next start is healthy. The failure is made by altering one owner's recorded script checksum
 * in a PostgreSQL database of the test's own (Flyway validates it before migrating).
 */
class MigrationFailureIT {

    @Test
    void aFailingMigrationAtStartExits78NamingTheCauseAndTheWayBack() throws Exception {
        try (PostgresDatabase database = new PostgresDatabase();
                Appliance parley = Appliance.prepare(Map.of("org.parley.store.Database.cfg",
                        database.settingsFile(PostgresDatabase.PORT)))) {
            parley.start();
            parley.awaitHealthy();
            assertEquals(143, parley.terminate(Duration.ofSeconds(30)), parley.consoleTail());
            String owner = alterFirstChecksum(database, 1);

            parley.start();
            int status = parley.awaitExit(Appliance.BOOT_TIMEOUT);
            String console = parley.consoleTail();
            assertEquals(78, status, console);
            assertTrue(console.contains("parley: configuration error: database migration failed: migration of '"
                    + owner + "'"), console);
            assertTrue(console.contains("parleyctl restore"), console);

            assertEquals(owner, alterFirstChecksum(database, -1));
            parley.start();
            parley.awaitHealthy();
        }
    }

    /** Adds {@code delta} to the checksum of the first script of the first owner (by name); returns the owner. */
    private static String alterFirstChecksum(PostgresDatabase database, int delta) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:"
                + PostgresDatabase.PORT + "/" + database.name(), "postgres", "");
                Statement statement = connection.createStatement()) {
            String table;
            try (ResultSet tables = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_name LIKE '%\\_schema\\_history'"
                    + " ORDER BY table_name LIMIT 1")) {
                tables.next();
                table = tables.getString(1);
            }
            int changed = statement.executeUpdate("UPDATE \"" + table + "\" SET checksum = checksum + " + delta
                    + " WHERE installed_rank = (SELECT MIN(installed_rank) FROM \"" + table + "\""
                    + " WHERE checksum IS NOT NULL)");
            assertEquals(1, changed, table);
            return table.substring(0, table.length() - "_schema_history".length());
        }
    }
}
