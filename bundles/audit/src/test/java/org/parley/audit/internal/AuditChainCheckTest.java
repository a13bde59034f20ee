package org.parley.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.api.health.HealthResult;
import org.parley.api.health.HealthResult.Status;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditVerification;

class AuditChainCheckTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final Chain chain = new Chain();
    private final AuditChainCheck check = new AuditChainCheck(chain, now::get);

    @AfterEach
    void stop() {
        check.deactivate();
    }

    @Test
    void theFirstCheckStartsAVerificationAndLaterOnesReportIt() throws Exception {
        HealthResult first = check.check();
        assertEquals(Status.UP, first.status());
        assertTrue(first.detail().contains("not verified"), first.detail());
        chain.awaitVerifications(1);
        HealthResult second = check.check();
        assertEquals(Status.UP, second.status(), second.detail());
        assertTrue(second.detail().startsWith("intact at 2026-01-01T00:00:00Z: 12 records"), second.detail());
        assertEquals("audit-chain", check.name());
        assertFalse(check.critical());
    }

    @Test
    void aBrokenChainIsDownAndAnOldResultIsRenewedOnTheClock() throws Exception {
        chain.outcome = new AuditVerification(false, 7, 1, 5L, "record #5 was altered");
        chain.verify();
        HealthResult broken = check.check();
        assertEquals(Status.DOWN, broken.status());
        assertTrue(broken.detail().contains("failed at record #5: record #5 was altered"), broken.detail());
        Thread.sleep(50);
        assertEquals(1, chain.verifications.availablePermits(), "a fresh result is not verified again");

        chain.outcome = new AuditVerification(true, 8, 1, null, "");
        now.set(now.get().plus(AuditChainCheck.EVERY));
        check.check();
        chain.awaitVerifications(2);
        assertEquals(Status.UP, check.check().status());
    }

    @Test
    void aVerificationThatCannotRunIsAWarning() throws Exception {
        chain.error = new AuditException("the database is not reachable", null);
        check.check();
        chain.awaitVerifications(1);
        HealthResult result = check.check();
        assertEquals(Status.WARN, result.status());
        assertTrue(result.detail().endsWith("could not run: the database is not reachable"), result.detail());
    }

    /** Verifies like AuditComponent: remembers every outcome on the test clock. */
    private final class Chain implements ChainVerifications {
        volatile AuditVerification outcome = new AuditVerification(true, 12, 2, null, "");
        volatile AuditException error;
        volatile LastVerification last;
        final Semaphore verifications = new Semaphore(0);

        @Override
        public AuditVerification verify() throws AuditException {
            try {
                if (error != null) {
                    last = LastVerification.failed(now.get(), error.getMessage());
                    throw error;
                }
                last = LastVerification.of(now.get(), outcome);
                return outcome;
            } finally {
                verifications.release();
            }
        }

        @Override
        public Optional<LastVerification> lastVerification() {
            return Optional.ofNullable(last);
        }

        void awaitVerifications(int count) throws InterruptedException {
            assertTrue(verifications.tryAcquire(count, 10, TimeUnit.SECONDS), "verification did not run");
            verifications.release(count);
        }
    }
}
