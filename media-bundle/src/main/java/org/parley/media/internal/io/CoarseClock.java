package org.parley.media.internal.io;

import java.util.function.LongSupplier;

/**
 * The appliance clock's milliseconds as the I/O threads read them per packet: one volatile read, no allocation
 * ({@code Clock.now()} makes an {@code Instant}). The service's timer sets it every few tens of milliseconds, which is
 * all the precision consent (seconds) needs.
 *
 * <p>Threading: set by one thread, read by any.
 */
public final class CoarseClock implements LongSupplier {
    private volatile long millis;

    public CoarseClock(long startMillis) {
        this.millis = startMillis;
    }

    /** The clock moved to {@code nowMillis}. */
    public void set(long nowMillis) {
        millis = nowMillis;
    }

    @Override
    public long getAsLong() {
        return millis;
    }
}
