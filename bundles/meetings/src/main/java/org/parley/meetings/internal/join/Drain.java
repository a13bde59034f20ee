package org.parley.meetings.internal.join;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether this server is being drained for maintenance ({@code parleyctl drain}): while it is, every join is
 * refused, so no meeting starts and nobody new arrives, and the live meetings end by themselves. Held in memory
 * only: a restart ends the drain. Thread-safe.
 */
public final class Drain {

    private final AtomicBoolean active = new AtomicBoolean();

    /** Starts draining; false when it already was. */
    public boolean start() {
        return active.compareAndSet(false, true);
    }

    /** Stops draining; false when it was not. */
    public boolean cancel() {
        return active.compareAndSet(true, false);
    }

    public boolean active() {
        return active.get();
    }
}
