package org.parley.media.internal.transport;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * One {@link LongAdder} per {@link TransportCounter}: the I/O thread and every thread that sends through a port add
 * without a lock (an uncontended add is one compare-and-set and allocates nothing); the stats and metrics read the
 * sums from any thread.
 */
public final class TransportCounters {
    private final LongAdder[] values = new LongAdder[TransportCounter.values().length];

    public TransportCounters() {
        for (int i = 0; i < values.length; i++) {
            values[i] = new LongAdder();
        }
    }

    void increment(TransportCounter counter) {
        values[counter.ordinal()].increment();
    }

    void add(TransportCounter counter, long amount) {
        values[counter.ordinal()].add(amount);
    }

    /** The current value of {@code counter}. */
    public long get(TransportCounter counter) {
        return values[counter.ordinal()].sum();
    }

    /** Every counter, for the stats endpoint and metrics (allocates; not for the packet path). */
    public Map<TransportCounter, Long> snapshot() {
        Map<TransportCounter, Long> snapshot = new EnumMap<>(TransportCounter.class);
        for (TransportCounter counter : TransportCounter.values()) {
            snapshot.put(counter, get(counter));
        }
        return snapshot;
    }

    /**
     * True for the 1st, 2nd, 4th, 8th ... time: how the ports log a recurring error without logging per packet.
     */
    static boolean worthLogging(long occurrence) {
        return occurrence > 0 && Long.bitCount(occurrence) == 1;
    }
}
