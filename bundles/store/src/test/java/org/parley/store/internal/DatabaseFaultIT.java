package org.parley.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.store.internal.HealthPolling.awaitStatus;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.health.HealthResult;
import org.parley.api.health.HealthResult.Status;

/**
 * PostgreSQL unreachable at start and cut while running, through a loopback proxy the test controls in front of
 * the shared server: the component activates anyway, health says DOWN with the cause, and it recovers by itself.
 */
class DatabaseFaultIT {

    private static final String PASSWORD = "never-shown-9f2c";

    @TempDir
    Path home;

    private PostgresTestSchema schema;
    private TcpProxy proxy;
    private DatabaseComponent component;

    @BeforeEach
    void setUp() throws Exception {
        schema = PostgresTestSchema.create();
        proxy = new TcpProxy(PostgresTestSchema.PORT);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (component != null) {
            component.deactivate();
        }
        proxy.close();
        schema.close();
    }

    @Test
    void unreachableAtStartIsDownWithTheCauseThenRecoversByItself() throws Exception {
        activateThroughProxy();

        HealthResult down = awaitStatus(component, Status.DOWN);
        assertEquals("cannot connect to PostgreSQL at 127.0.0.1:" + proxy.port() + ": Connection refused",
                down.detail());
        assertFalse(down.detail().contains(PASSWORD));

        proxy.open();

        HealthResult up = awaitStatus(component, Status.UP);
        assertTrue(up.detail().startsWith("PostgreSQL "), up.detail());
        assertEquals("1", component.migrate("other", DatabaseFaultIT.class));
    }

    @Test
    void cutWhileRunningIsDownThenUpWhenRestored() throws Exception {
        proxy.open();
        activateThroughProxy();
        awaitStatus(component, Status.UP);
        assertEquals("3", component.migrate("demo", DatabaseFaultIT.class));
        execute("INSERT INTO demo_item (id, name) VALUES (1, 'before the cut')");

        proxy.cut();

        HealthResult down = awaitStatus(component, Status.DOWN);
        assertTrue(down.detail().endsWith(": Connection refused"), down.detail());

        proxy.open();

        awaitStatus(component, Status.UP);
        assertEquals(1, countItems());
    }

    private void activateThroughProxy() {
        component = new DatabaseComponent();
        component.activate(FakeBundleContext.forHome(home), Map.of(
                "url", schema.url(proxy.port()),
                "user", PostgresTestSchema.USER,
                "password", PASSWORD,
                "sslMode", "disable",
                "poolSize", 3,
                "connectTimeoutSeconds", 1));
        assertEquals("database", component.name());
        assertTrue(component.critical());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = component.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long countItems() throws SQLException {
        try (Connection connection = component.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM demo_item")) {
            result.next();
            return result.getLong(1);
        }
    }
}
