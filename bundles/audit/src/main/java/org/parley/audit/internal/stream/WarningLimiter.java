package org.parley.audit.internal.stream;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Lets a repeated warning through at most once per interval, so a dead receiver does not flood the log. */
public final class WarningLimiter {

    private final LongSupplier millis;
    private final long intervalMillis;
    private final AtomicLong nextAllowed = new AtomicLong(Long.MIN_VALUE);

    public WarningLimiter(LongSupplier millis, Duration interval) {
        this.millis = millis;
        this.intervalMillis = interval.toMillis();
    }

    /** True when the caller should log now. */
    public boolean allow() {
        long now = millis.getAsLong();
        long allowedAt = nextAllowed.get();
        return now >= allowedAt && nextAllowed.compareAndSet(allowedAt, now + intervalMillis);
    }

    /** Lets the next warning through at once (after the trouble has cleared). */
    public void reset() {
        nextAllowed.set(Long.MIN_VALUE);
    }
}
