package org.parley.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition (every 100 ms, at most {@value #LIMIT_SECONDS} s) instead of sleeping through a delay. */
final class Await {

    static final int LIMIT_SECONDS = 30;

    private Await() {
    }

    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(LIMIT_SECONDS).toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            Appliance.pause(100);
        }
        throw new AssertionError("timed out after " + LIMIT_SECONDS + " s waiting until " + what, last);
    }
}
