package org.parley.audit.internal.it;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.parley.api.Clock;

/** A clock the test moves by hand. */
final class TestClock implements Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-03-01T09:00:00Z"));

    @Override
    public Instant now() {
        return now.get();
    }

    void advance(Duration step) {
        now.updateAndGet(current -> current.plus(step));
    }
}
