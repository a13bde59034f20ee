package org.parley.auth.internal.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.parley.api.Clock;

/** A clock the test moves by hand. */
public final class TestClock implements Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T09:00:00Z"));

    @Override
    public Instant now() {
        return now.get();
    }

    public void advance(Duration step) {
        now.updateAndGet(current -> current.plus(step));
    }

    public void set(Instant instant) {
        now.set(instant);
    }
}
