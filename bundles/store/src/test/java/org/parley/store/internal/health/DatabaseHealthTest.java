package org.parley.store.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.parley.api.health.HealthResult;
import org.parley.api.health.HealthResult.Status;

class DatabaseHealthTest {

    private final AtomicInteger borrowed = new AtomicInteger();

    @Test
    void upNamesVendorAndVersionAndIsCachedForASecond() {
        try (DatabaseHealth health = new DatabaseHealth(dataSource(() -> connection("PostgreSQL", "15.20")),
                "PostgreSQL at db:5432")) {
            HealthResult first = health.check();
            HealthResult second = health.check();

            assertEquals(Status.UP, first.status());
            assertEquals("PostgreSQL 15.20 (PostgreSQL at db:5432)", first.detail());
            assertEquals(first, second);
            assertEquals(1, borrowed.get(), "a second check within a second must not touch the database");
        }
    }

    @Test
    void downSaysWhereAndWhyWithoutTheDriverNoise() {
        SQLException refused = new SQLTransientConnectionException("parley-postgresql - Connection is not"
                + " available, request timed out after 1000ms.", new SQLException("Connection to 127.0.0.1:5433"
                + " refused. Check that the hostname and port are correct", "08001",
                new ConnectException("Connection refused")));
        try (DatabaseHealth health = new DatabaseHealth(dataSource(() -> {
            throw refused;
        }), "PostgreSQL at 127.0.0.1:5433")) {
            HealthResult result = health.check();

            assertEquals(Status.DOWN, result.status());
            assertEquals("cannot connect to PostgreSQL at 127.0.0.1:5433: Connection refused", result.detail());
        }
    }

    @Test
    void aProbeThatHangsAnswersWithinTheWaitAndIsPickedUpLater() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        try (DatabaseHealth health = new DatabaseHealth(dataSource(() -> {
            awaitQuietly(release);
            return connection("Apache Derby", "10.16.1.1");
        }), "embedded Derby at /x")) {
            long start = System.nanoTime();
            HealthResult waiting = health.check();
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertEquals(Status.DOWN, waiting.status());
            assertTrue(waiting.detail().contains("has not answered"), waiting.detail());
            assertTrue(waitedMillis < DatabaseHealth.WAIT_MILLIS + 1000, "waited " + waitedMillis + " ms");
            release.countDown();
            assertEquals(Status.UP, health.check().status());
            assertEquals(1, borrowed.get());
        }
    }

    @Test
    void reasonPrefersTheServersMessageWhenTheNetworkIsFine() {
        SQLException login = new SQLException("FATAL: password authentication failed for user \"parley\"", "28P01");
        SQLException pool = new SQLTransientConnectionException("pool timed out", login);

        assertEquals("FATAL: password authentication failed for user \"parley\"", ConnectionFailure.reason(pool));
        assertEquals("pool timed out", ConnectionFailure.reason(new SQLTransientConnectionException("pool timed out")));
    }

    private interface ConnectionSupplier {
        Connection get() throws SQLException;
    }

    private DataSource dataSource(ConnectionSupplier connections) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    borrowed.incrementAndGet();
                    return connections.get();
                });
    }

    private Connection connection(String product, String version) {
        DatabaseMetaData metaData = (DatabaseMetaData) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class},
                (proxy, method, args) -> method.getName().equals("getDatabaseProductName") ? product : version);
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("getMetaData") ? metaData : null);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
