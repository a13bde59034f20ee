package org.parley.store.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.api.CopiedDatabase;
import org.parley.store.api.Database.Vendor;
import org.parley.store.api.TargetFacts;
import org.parley.store.api.TransferException;
import org.parley.store.api.TransferException.Reason;
import org.parley.store.internal.PostgresTestSchema;
import org.parley.store.internal.migration.Migrator;
import org.parley.store.internal.pool.DataSources;
import org.parley.store.internal.pool.OpenDatabase;
import org.parley.store.internal.settings.DatabaseSettings;
import org.parley.store.testowner.OwnerAnchor;

/**
 * Real Derby in a temporary folder copied to the real PostgreSQL at 127.0.0.1:5432 (database {@code test}, a fresh
 * schema per test): rows, large objects, foreign-key order, seeded rows, identity columns, a refused non-empty
 * target, and a copy failing on its last table that leaves the target empty.
 */
class DatabaseTransferIT {

    private static final int ITEMS = 1234;

    @TempDir
    Path folder;

    private OpenDatabase derby;
    private PostgresTestSchema schema;
    private final MigratedOwners owners = new MigratedOwners();

    @BeforeEach
    void open() throws Exception {
        derby = DataSources.derby(folder.resolve("db"), 4);
        schema = PostgresTestSchema.create();
    }

    @AfterEach
    void close() throws SQLException {
        derby.close();
        schema.close();
    }

    @Test
    void copiesEveryRowInForeignKeyOrderAndAdvancesIdentities() throws Exception {
        migrate("demo", "other", "shop");
        fill();
        TransferService transfers = new TransferService(derby, owners, folder);
        TargetFacts facts = transfers.test(target());
        assertTrue(facts.empty(), facts::toString);
        assertEquals(schema.name(), facts.schema());

        try (CopiedDatabase copy = transfers.copyTo(target())) {
            Map<String, Long> rows = copy.rowsByTable();
            System.out.printf("[transfer] %d tables, %d rows in %.2f s%n", rows.size(),
                    rows.values().stream().mapToLong(Long::longValue).sum(), copy.seconds());
            assertEquals(ITEMS, rows.get("demo_item"));
            List<String> order = List.copyOf(rows.keySet());
            assertTrue(order.indexOf("shop_z_order") < order.indexOf("shop_a_line"), order::toString);
            assertTrue(!rows.containsKey("demo_schema_history"), order::toString);
        }
        try (OpenDatabase postgres = DataSources.postgres(DatabaseSettings.plainPostgres(url(), "postgres", ""));
                Connection connection = postgres.dataSource().getConnection()) {
            assertEquals(ITEMS, RowCounts.count(connection, "demo_item"));
            assertEquals(1, RowCounts.count(connection, "shop_head"), "the seeded head row was not replaced");
            assertEquals(3, single(connection, "SELECT last_order FROM shop_head"));
            assertTrue(RowCounts.count(connection, "demo_schema_history") > 0, "no history written");
            assertArrayEquals(payload(7), bytes(connection, "SELECT payload FROM demo_item WHERE id = 7"));
            assertEquals("remark of order 2", text(connection, "SELECT remark FROM shop_z_order WHERE id = 2"));
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO shop_z_order (customer, paid) VALUES ('new', false)");
            }
            assertEquals(4, single(connection, "SELECT MAX(id) FROM shop_z_order"), "identity not advanced");
        }
        SQLException held = assertThrows(SQLException.class, () -> derby.dataSource().getConnection().close(),
                "a kept copy leaves Derby refusing borrowers until the store has switched and closed it");
        assertTrue(held.getMessage().contains("suspended"), held.getMessage());
        TransferException refused = assertThrows(TransferException.class,
                () -> new TransferService(derby, owners, folder).copyTo(target()));
        assertEquals(Reason.NOT_EMPTY, refused.reason());
        assertTrue(refused.getMessage().contains("demo_item") && refused.getMessage().contains("and "),
                refused.getMessage());
    }

    @Test
    void aCopyFailingMidWayLeavesTheTargetEmpty() throws Exception {
        migrate("demo", "zbroken");
        fill(derby, "INSERT INTO demo_item (id, name) VALUES (?, ?)", 10);
        fill(derby, "INSERT INTO zbroken_note (id, text) VALUES (?, ?)", 3);
        TransferException failed = assertThrows(TransferException.class,
                () -> new TransferService(derby, owners, folder).copyTo(target()));
        assertEquals(Reason.FAILED, failed.reason());
        assertTrue(failed.getMessage().contains("emptied again"), failed.getMessage());
        TargetFacts after = new TransferService(derby, owners, folder).test(target());
        assertTrue(after.empty(), after::toString);
    }

    @Test
    void fromTheCopyUntilItIsDiscardedOtherBorrowersOfTheEmbeddedDatabaseFailAtOnce() throws Exception {
        migrate("demo");
        fill(derby, "INSERT INTO demo_item (id, name) VALUES (?, ?)", 10);
        try (CopiedDatabase copy = new TransferService(derby, owners, folder).copyTo(target())) {
            long asked = System.nanoTime();
            SQLException refused = assertThrows(SQLException.class, () -> derby.dataSource().getConnection().close(),
                    "a write now would land where the copy no longer looks");
            assertTrue(refused.getMessage().contains("suspended"), refused.getMessage());
            System.out.printf("[transfer] a borrower during the move is refused after %.1f ms%n",
                    (System.nanoTime() - asked) / 1e6);
            copy.discard();
        }
        try (Connection again = derby.dataSource().getConnection()) {
            assertTrue(again.isValid(1), "discarded: Derby takes borrowers again");
        }
    }

    @Test
    void aConnectionHeldElsewhereStopsTheCopyBeforeItReadsARow() throws Exception {
        migrate("demo");
        try (Connection held = derby.dataSource().getConnection()) {
            TransferException busy = assertThrows(TransferException.class,
                    () -> new TransferService(derby, owners, folder, Duration.ofMillis(300)).copyTo(target()));
            assertEquals(Reason.BUSY, busy.reason());
            assertTrue(busy.getMessage().contains("1 other connection(s)")
                    && busy.getMessage().contains("parleyctl drain"), busy.getMessage());
        }
        try (Connection again = derby.dataSource().getConnection()) {
            assertTrue(again.isValid(1), "Derby takes borrowers again");
        }
        TargetFacts after = new TransferService(derby, owners, folder).test(target());
        assertTrue(after.empty(), after::toString);
    }

    @Test
    void settingsAndConnectionsAreRefusedWithTheirReason() {
        TransferService transfers = new TransferService(derby, owners, folder);
        TransferException noUrl = assertThrows(TransferException.class, () -> transfers.test(Map.of()));
        assertEquals(Reason.INVALID, noUrl.reason());
        assertEquals("url", noUrl.field());
        TransferException refused = assertThrows(TransferException.class, () -> transfers.test(Map.of(
                "url", "jdbc:postgresql://127.0.0.1:1/test", "user", "postgres", "sslMode", "disable")));
        assertEquals(Reason.UNREACHABLE, refused.reason());
        assertTrue(refused.getMessage().endsWith("connection refused at 127.0.0.1:1"), refused.getMessage());
        TransferException missing = assertThrows(TransferException.class, () -> transfers.test(Map.of(
                "url", "jdbc:postgresql://127.0.0.1:5432/no_such_db", "user", "postgres", "sslMode", "disable")));
        assertTrue(missing.getMessage().endsWith("database \"no_such_db\" does not exist"), missing.getMessage());
    }

    private void migrate(String... names) throws Exception {
        for (String owner : names) {
            Migrator.migrate(derby.dataSource(), Vendor.DERBY, owner, OwnerAnchor.class);
            owners.remember(owner, OwnerAnchor.class);
        }
    }

    private void fill() throws SQLException {
        try (Connection connection = derby.dataSource().getConnection();
                PreparedStatement item = connection.prepareStatement(
                        "INSERT INTO demo_item (id, name, note, payload) VALUES (?, ?, ?, ?)");
                Statement statement = connection.createStatement()) {
            for (int i = 1; i <= ITEMS; i++) {
                item.setLong(1, i);
                item.setString(2, "item " + i);
                item.setString(3, i % 2 == 0 ? null : "note " + i);
                item.setBytes(4, payload(i));
                item.addBatch();
            }
            item.executeBatch();
            for (int order = 1; order <= 3; order++) {
                statement.executeUpdate("INSERT INTO shop_z_order (customer, paid, remark) VALUES ('c" + order
                        + "', " + (order % 2 == 0) + ", 'remark of order " + order + "')");
                statement.executeUpdate("INSERT INTO shop_a_line (order_id, line_no, amount) VALUES (" + order
                        + ", 1, " + order * 100 + ")");
            }
            statement.executeUpdate("UPDATE shop_head SET last_order = 3");
            statement.executeUpdate("INSERT INTO other_thing (id) VALUES (1)");
        }
    }

    private static void fill(OpenDatabase database, String sql, int rows) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 1; i <= rows; i++) {
                insert.setInt(1, i);
                insert.setString(2, "a text longer than three characters " + i);
                insert.executeUpdate();
            }
        }
    }

    private static byte[] payload(int i) {
        byte[] bytes = new byte[64];
        for (int b = 0; b < bytes.length; b++) {
            bytes[b] = (byte) (i * 31 + b);
        }
        return bytes;
    }

    private Map<String, Object> target() {
        return Map.of("url", url(), "user", "postgres", "sslMode", "disable");
    }

    private String url() {
        return schema.url(PostgresTestSchema.PORT);
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static byte[] bytes(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getBytes(1);
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
