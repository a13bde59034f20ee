package org.parley.signaling.internal.connection;

import org.parley.api.Clock;

/**
 * A token bucket on the {@link Clock}: {@code ratePerSecond} tokens a second flow in, at most {@code capacity}
 * are kept, and each message takes one. Starts full, so a client may send its burst at once. Not thread-safe: one
 * per connection, used by the thread that reads it.
 */
final class TokenBucket {

    private final Clock clock;
    private final double ratePerMilli;
    private final double capacity;
    private double tokens;
    private long refilledAt;

    TokenBucket(Clock clock, int ratePerSecond, int capacity) {
        if (ratePerSecond < 1 || capacity < 1) {
            throw new IllegalArgumentException("rate and capacity must be at least 1");
        }
        this.clock = clock;
        this.ratePerMilli = ratePerSecond / 1000.0;
        this.capacity = capacity;
        this.tokens = capacity;
        this.refilledAt = clock.millis();
    }

    /** Takes one token; false (and nothing taken) when the bucket is empty. */
    boolean tryTake() {
        refill();
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    private void refill() {
        long now = clock.millis();
        // A clock set back (tests, NTP) just restarts the count from now.
        long elapsed = Math.max(0, now - refilledAt);
        tokens = Math.min(capacity, tokens + elapsed * ratePerMilli);
        refilledAt = now;
    }
}
