package org.parley.media.internal.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import org.parley.media.internal.ice.CheckOutcome;

/**
 * What the I/O side dropped ({@link SinkDrop}) and how ICE checks ended ({@link CheckOutcome}), for {@code /metrics}.
 * Shared by the sinks of both I/O threads.
 *
 * <p>Threading: incremented on the I/O threads without locks or allocation; read from any thread.
 */
public final class SinkCounters {
    private static final SinkDrop[] DROPS = SinkDrop.values();
    private static final CheckOutcome[] OUTCOMES = CheckOutcome.values();

    private final AtomicLongArray drops = new AtomicLongArray(DROPS.length);
    private final AtomicLongArray checks = new AtomicLongArray(OUTCOMES.length);

    void drop(SinkDrop reason) {
        drops.incrementAndGet(reason.ordinal());
    }

    void check(CheckOutcome outcome) {
        checks.incrementAndGet(outcome.ordinal());
    }

    public long drops(SinkDrop reason) {
        return drops.get(reason.ordinal());
    }

    public long checks(CheckOutcome outcome) {
        return checks.get(outcome.ordinal());
    }

    /** Every drop reason and every refused check outcome with its count, by metric tag. */
    public Map<String, Long> dropped() {
        Map<String, Long> all = new LinkedHashMap<>();
        for (SinkDrop reason : DROPS) {
            all.put(reason.label(), drops(reason));
        }
        for (CheckOutcome outcome : OUTCOMES) {
            if (outcome != CheckOutcome.ANSWERED) {
                all.put("stun-" + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'), checks(outcome));
            }
        }
        return all;
    }
}
