package org.parley.store.internal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.admin.AdminCommandException;
import org.parley.api.admin.AdminRequest;
import org.parley.store.internal.StandaloneDatabase;
import org.parley.store.testowner.OwnerAnchor;

/** {@code backup.snapshot} on a real embedded Derby while a writer keeps inserting, then the copy opened as a database. */
class BackupSnapshotCommandIT {

    @TempDir
    Path varLib;

    @Test
    void copiesAConsistentDatabaseWhileAWriterWrites() throws Exception {
        Files.createDirectories(varLib.resolve("audit"));
        Files.writeString(varLib.resolve("audit/checkpoints.jsonl"), "{\"seq\":1}\n");
        Snapshot snapshot;
        long written;
        try (StandaloneDatabase db = StandaloneDatabase.openDerby(varLib.resolve("db/parley"))) {
            db.migrate("demo", OwnerAnchor.class);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong committed = new AtomicLong();
            Thread writer = new Thread(() -> write(db, running, committed));
            writer.start();
            while (committed.get() < 200) {
                Thread.onSpinWait();
            }
            snapshot = (Snapshot) command(db).run(request(Map.of()));
            running.set(false);
            writer.join();
            written = committed.get();
        }
        assertEquals("derby", snapshot.vendor());
        assertEquals("3", snapshot.schemaVersions().get("demo"));
        Path folder = Path.of(snapshot.folder());
        assertEquals(varLib.resolve("backup"), folder.getParent());
        assertEquals("{\"seq\":1}\n", Files.readString(folder.resolve("audit/checkpoints.jsonl")));
        try (StandaloneDatabase copy = StandaloneDatabase.openDerby(folder.resolve("db/parley"));
                Connection connection = copy.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*), MIN(id), MAX(id) FROM demo_item")) {
            row.next();
            long rows = row.getLong(1);
            assertTrue(rows >= 200 && rows <= written, rows + " rows of " + written);
            // Rows commit one by one in id order: a consistent copy holds exactly a prefix, no gap.
            assertEquals(1, row.getLong(2));
            assertEquals(rows, row.getLong(3));
        }
        new BackupReleaseCommand(varLib.resolve("backup")).run(request(Map.of("folder", folder.toString())));
        assertFalse(Files.exists(folder));
    }

    @Test
    void releaseRefusesAnythingButASnapshotFolder() throws Exception {
        Files.createDirectories(varLib.resolve("backup/keep"));
        BackupReleaseCommand release = new BackupReleaseCommand(varLib.resolve("backup"));
        for (String folder : new String[] {"keep", "../db", varLib.toString(), ".snapshot-x", ""}) {
            AdminCommandException refused = assertThrows(AdminCommandException.class,
                    () -> release.run(request(Map.of("folder", folder))));
            assertEquals(2, refused.exitStatus(), refused.getMessage());
        }
        assertTrue(Files.isDirectory(varLib.resolve("backup/keep")));
    }

    private BackupSnapshotCommand command(StandaloneDatabase db) {
        return new BackupSnapshotCommand(db, varLib, varLib.resolve("secrets"), Map.of(), "0.1.0.test");
    }

    private static AdminRequest request(Map<String, String> arguments) {
        return new AdminRequest("backup.snapshot", arguments, "test");
    }

    private static void write(StandaloneDatabase db, AtomicBoolean running, AtomicLong committed) {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO demo_item (id, name) VALUES (?, ?)")) {
            connection.setAutoCommit(true);
            for (long id = 1; running.get(); id++) {
                insert.setLong(1, id);
                insert.setString(2, "item " + id);
                insert.executeUpdate();
                committed.set(id);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
