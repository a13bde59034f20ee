package org.parley.audit.internal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.audit.api.AuditVerification;
import org.parley.audit.internal.AuditTrail;
import org.parley.store.internal.StandaloneDatabase;

/**
 * The audit chain contract on the PostgreSQL at 127.0.0.1:5432 (database {@code test}, user {@code postgres}), in a
 * schema of its own that is dropped afterwards; plus concurrent writers, also from two "appliances" at once.
 */
class PostgresAuditIT extends AuditChainContract {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private final String schema = "audit_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    StandaloneDatabase openDatabase() throws SQLException {
        admin("CREATE SCHEMA " + schema);
        return StandaloneDatabase.openPostgres(SERVER + "?currentSchema=" + schema, "postgres", null);
    }

    @Override
    void dropDatabase() throws SQLException {
        admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void eightThreadsTimesFiveHundredWritesMakeOneGapFreeChain() throws Exception {
        long started = System.nanoTime();
        runWriters(List.of(trail), 8, 500);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("audit on PostgreSQL: 4000 records by 8 threads in %.2f s = %.0f records/second%n",
                seconds, 4000 / seconds);

        AuditVerification result = trail.verify();
        assertTrue(result.intact(), result.problem());
        assertEquals(4000, result.recordsChecked());
        assertGapFree(4000);
    }

    @Test
    void twoAppliancesOnOneDatabaseKeepOneChainAndVerifyEachOthersCheckpoints() throws Exception {
        AuditTrail second = newTrail("appliance-b", Map.of("checkpointEveryRecords", 7));
        try {
            runWriters(List.of(trail, second), 4, 150);

            assertGapFree(1200);
            for (AuditTrail appliance : List.of(trail, second)) {
                AuditVerification result = appliance.verify();
                assertTrue(result.intact(), result.problem());
                assertEquals(1200, result.recordsChecked());
            }
            assertEquals(2, count("SELECT COUNT(DISTINCT key_id) FROM audit_checkpoint"));
        } finally {
            second.close();
        }
    }

    private void assertGapFree(long expected) throws SQLException {
        assertEquals(expected, count("SELECT COUNT(*) FROM audit_record"));
        assertEquals(1, count("SELECT MIN(seq) FROM audit_record"));
        assertEquals(expected, count("SELECT MAX(seq) FROM audit_record"));
    }

    /** {@code threads} writers on each trail, each writing {@code perThread} records. */
    private static void runWriters(List<AuditTrail> trails, int threads, int perThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads * trails.size());
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (AuditTrail target : trails) {
                for (int thread = 0; thread < threads; thread++) {
                    writers.add(() -> {
                        for (int number = 1; number <= perThread; number++) {
                            target.record(event(number));
                        }
                        return null;
                    });
                }
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
