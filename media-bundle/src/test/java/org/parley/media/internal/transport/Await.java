package org.parley.media.internal.transport;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

/** Polls a condition that another thread (a port's I/O thread) makes true; fails after a generous deadline. */
public final class Await {
    private static final long DEADLINE_MILLIS = 10_000;

    private Await() {
    }

    public static void until(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + DEADLINE_MILLIS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for: " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for: " + what);
            }
        }
    }
}
