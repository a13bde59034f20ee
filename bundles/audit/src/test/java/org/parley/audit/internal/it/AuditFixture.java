package org.parley.audit.internal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditVerification;
import org.parley.audit.internal.AuditPaths;
import org.parley.audit.internal.AuditSettings;
import org.parley.audit.internal.AuditTrail;
import org.parley.store.api.Database;
import org.parley.store.api.MigrationException;
import org.parley.store.internal.StandaloneDatabase;

/**
 * An audit trail on a real database, opened before each test and dropped after it. Subclasses open the database.
 * The trail sees the database through a view, so a test can close it and open it again under a running trail.
 */
abstract class AuditFixture {

    @TempDir
    Path dir;

    final TestClock clock = new TestClock();
    StandaloneDatabase database;
    AuditTrail trail;

    abstract StandaloneDatabase openDatabase() throws Exception;

    abstract void dropDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
        trail = newTrail("appliance-a", Map.of("checkpointEveryRecords", 10));
    }

    @AfterEach
    void close() throws Exception {
        if (trail != null) {
            trail.close();
        }
        if (database != null) {
            database.close();
        }
        dropDatabase();
    }

    AuditTrail newTrail(String appliance, Map<String, ?> settings) throws Exception {
        AuditPaths paths = AuditPaths.under(dir.resolve(appliance).resolve("var/lib"),
                dir.resolve(appliance).resolve("var/log"));
        Database view = new Database() {
            @Override
            public Vendor vendor() {
                return database.vendor();
            }

            @Override
            public DataSource dataSource() {
                return database.dataSource();
            }

            @Override
            public String migrate(String owner, Class<?> anchor) throws MigrationException {
                return database.migrate(owner, anchor);
            }
        };
        return new AuditTrail(view, clock, paths, AuditSettings.parse(settings));
    }

    static AuditEvent event(int number) {
        return new AuditEvent("user" + (number % 3), "192.0.2." + number, number % 2 == 0 ? "settings.change"
                : "bundle.update", "target-" + number, AuditEvent.Outcome.SUCCESS,
                Map.of("number", Integer.toString(number), "adminPassword", "hunter2"));
    }

    void write(int count) throws Exception {
        for (int number = 1; number <= count; number++) {
            trail.record(event(number));
            clock.advance(Duration.ofSeconds(1));
        }
    }

    void sql(String... statements) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }

    long count(String query) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    void assertFault(long sequence, String problemStart) throws Exception {
        AuditVerification result = trail.verify();
        assertFalse(result.intact(), "tampering went unnoticed");
        assertTrue(result.problem().startsWith(problemStart), result.problem());
        assertEquals(sequence, result.firstBadSequence(), result.problem());
    }
}
