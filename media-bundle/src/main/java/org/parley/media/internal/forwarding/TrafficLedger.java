package org.parley.media.internal.forwarding;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.parley.media.api.LegStats;

/**
 * Keeps the appliance-wide traffic counts monotonic although legs come and go: a closing leg's counts move into the
 * retired sum, and an answer is never smaller than the one before (a leg that closes while the totals are being
 * summed is briefly counted twice or not at all; the next answer is right again).
 *
 * <p>Threading: thread-safe; its monitor is taken when a leg closes and when metrics are read, never per packet.
 */
final class TrafficLedger {

    /** Counts being added up. Not thread-safe. */
    static final class Sum {
        private long packetsIn;
        private long bytesIn;
        private long packetsOut;
        private long bytesOut;
        private final Map<String, Long> dropped = new HashMap<>();

        void add(LegStats stats, Leg leg) {
            packetsIn += stats.packetsReceived();
            bytesIn += stats.bytesReceived();
            packetsOut += stats.packetsSent();
            bytesOut += stats.bytesSent();
            leg.counters().addDrops(dropped, leg.media().pipelines());
        }

        void addAll(Sum other) {
            packetsIn += other.packetsIn;
            bytesIn += other.bytesIn;
            packetsOut += other.packetsOut;
            bytesOut += other.bytesOut;
            other.dropped.forEach((k, v) -> dropped.merge(k, v, Long::sum));
        }

        void atLeast(Sum floor) {
            packetsIn = Math.max(packetsIn, floor.packetsIn);
            bytesIn = Math.max(bytesIn, floor.bytesIn);
            packetsOut = Math.max(packetsOut, floor.packetsOut);
            bytesOut = Math.max(bytesOut, floor.bytesOut);
            floor.dropped.forEach((k, v) -> dropped.merge(k, v, Math::max));
        }
    }

    private final Sum retired = new Sum();
    private final Sum reported = new Sum();

    /** Adds an open leg's counts to {@code sum}; takes the leg's conference lock. */
    void addLeg(Leg leg, Sum sum) {
        ReentrantLock lock = leg.conference().lock();
        lock.lock();
        try {
            sum.add(leg.stats(), leg);
        } finally {
            lock.unlock();
        }
    }

    /** Moves a closing leg's counts into the retired sum (the caller holds its conference lock). */
    synchronized void retire(Leg leg) {
        retired.add(leg.stats(), leg);
    }

    synchronized TrafficTotals totals(Sum live, int conferences, int legs) {
        live.addAll(retired);
        live.atLeast(reported);
        reported.packetsIn = live.packetsIn;
        reported.bytesIn = live.bytesIn;
        reported.packetsOut = live.packetsOut;
        reported.bytesOut = live.bytesOut;
        reported.dropped.clear();
        reported.dropped.putAll(live.dropped);
        return new TrafficTotals(live.packetsIn, live.bytesIn, live.packetsOut, live.bytesOut, live.dropped,
                conferences, legs);
    }
}
