package org.parley.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition (every 100 ms, by default for at most {@value #LIMIT_SECONDS} s) instead of sleeping. */
final class Await {

    static final int LIMIT_SECONDS = 30;

    private Await() {
    }

    static void until(String what, BooleanSupplier condition) {
        until(what, Duration.ofSeconds(LIMIT_SECONDS), condition);
    }

    /** The same with a limit of its own, for what happens on a slower beat (a once-a-minute task, say). */
    static void until(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
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
        throw new AssertionError("timed out after " + limit.toSeconds() + " s waiting until " + what, last);
    }
}
