package org.parley.store.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;
import org.parley.api.health.HealthResult.Status;

/** Polls a health check, as the health endpoint would, until it reports a status or a deadline passes. */
final class HealthPolling {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 100;

    private HealthPolling() {
    }

    static HealthResult awaitStatus(HealthCheck check, Status wanted) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        HealthResult last = check.check();
        while (last.status() != wanted) {
            if (System.nanoTime() > deadline) {
                fail("health stayed " + last + " instead of becoming " + wanted + " within " + DEADLINE);
            }
            Thread.sleep(POLL_MILLIS);
            last = check.check();
        }
        return last;
    }
}
