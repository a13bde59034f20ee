package org.parley.signaling.internal.testing;

import java.time.Duration;
import java.time.Instant;
import org.parley.api.Clock;

/** A clock tests move by hand. */
public final class MovableClock implements Clock {

    private volatile Instant now = Instant.parse("2026-03-01T09:00:00Z");

    @Override
    public Instant now() {
        return now;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }
}
