package org.parley.media.internal.forwarding;

import java.util.Map;

/**
 * The appliance's media traffic since the service started, closed legs included (so the counts only grow, as
 * {@code /metrics} counters must), and what is open now.
 *
 * @param dropped packets dropped, by {@link RouteDrop#label()} or pipeline node name
 */
public record TrafficTotals(long packetsIn, long bytesIn, long packetsOut, long bytesOut, Map<String, Long> dropped,
        int conferences, int legs) {

    /** An immutable copy of the drops. */
    public TrafficTotals {
        dropped = Map.copyOf(dropped);
    }
}
