package org.parley.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.store.internal.HealthPolling.awaitStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.health.HealthResult;
import org.parley.api.health.HealthResult.Status;
import org.parley.store.api.Database.Vendor;

/** The component on its defaults: embedded Derby under {@code ${parley.var.lib}/db}, closed cleanly. */
class DatabaseComponentIT {

    @TempDir
    Path home;

    @Test
    void defaultsToEmbeddedDerbyAndKeepsWritesAcrossAcleanClose() throws Exception {
        DatabaseComponent first = activate(Map.of());
        assertEquals(Vendor.DERBY, first.vendor());
        HealthResult up = awaitStatus(first, Status.UP);
        assertTrue(up.detail().startsWith("Apache Derby 10.16"), up.detail());
        assertEquals("3", first.migrate("demo", DatabaseComponentIT.class));
        execute(first, "INSERT INTO demo_item (id, name) VALUES (42, 'acknowledged')");
        first.deactivate();
        assertTrue(Files.isRegularFile(home.resolve("var/lib/db/parley/service.properties")));

        DatabaseComponent second = activate(Map.of());
        try {
            assertEquals("3", second.migrate("demo", DatabaseComponentIT.class));
            assertEquals(1, count(second, "SELECT COUNT(*) FROM demo_item WHERE id = 42"));
        } finally {
            second.deactivate();
        }
    }

    @Test
    void badSettingsFailActivationNamingPidAndAttribute() {
        DatabaseComponent component = new DatabaseComponent();

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> component.activate(FakeBundleContext.forHome(home), Map.of("url", "jdbc:postgresql://h/d")));

        assertEquals("invalid configuration org.parley.store.Database: user: is required when url is set: the"
                + " PostgreSQL role to connect as", failure.getMessage());
    }

    private DatabaseComponent activate(Map<String, Object> properties) {
        DatabaseComponent component = new DatabaseComponent();
        component.activate(FakeBundleContext.forHome(home), properties);
        return component;
    }

    private static void execute(DatabaseComponent component, String sql) throws SQLException {
        try (Connection connection = component.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(DatabaseComponent component, String sql) throws SQLException {
        try (Connection connection = component.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
