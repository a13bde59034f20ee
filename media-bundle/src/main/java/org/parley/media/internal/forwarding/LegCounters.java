package org.parley.media.internal.forwarding;

import java.util.List;
import java.util.Map;
import org.parley.media.api.LegStats;
import org.parley.media.internal.pipeline.Node;
import org.parley.media.internal.pipeline.Pipeline;

/**
 * A leg's traffic counters: packets and bytes in and out, and drops by {@link RouteDrop}; the nodes of the leg's
 * pipelines keep their own drop counts, which {@link #addDrops} folds in by node name. Loss, jitter and round
 * trip come from the receive side's reports once it is wired ({@link #reception}).
 *
 * <p>Threading: written on the I/O thread holding the conference's lock; read by stats and metrics holding it too.
 */
public final class LegCounters {

    /** What the receive side knows of the browser's stream quality. */
    public interface Reception {
        /** Before any report: nothing lost, no jitter, round trip unknown (-1). */
        Reception NONE = new Reception() {
        };

        default long packetsLost() {
            return 0;
        }

        default double jitterMillis() {
            return 0;
        }

        default double roundTripMillis() {
            return -1;
        }
    }

    private final long[] drops = new long[RouteDrop.values().length];
    private long packetsReceived;
    private long bytesReceived;
    private long packetsSent;
    private long bytesSent;
    private Reception reception = Reception.NONE;

    void received(int bytes) {
        packetsReceived++;
        bytesReceived += bytes;
    }

    void sent(int bytes) {
        packetsSent++;
        bytesSent += bytes;
    }

    void drop(RouteDrop reason) {
        drops[reason.ordinal()]++;
    }

    /** Where loss, jitter and round trip come from (the receive side's report observer). */
    public void reception(Reception source) {
        reception = source == null ? Reception.NONE : source;
    }

    /** Drops counted for {@code reason}. */
    public long drops(RouteDrop reason) {
        return drops[reason.ordinal()];
    }

    /** A snapshot including the drops of {@code pipelines}' nodes. */
    LegStats snapshot(List<Pipeline> pipelines) {
        long dropped = 0;
        for (long d : drops) {
            dropped += d;
        }
        for (Pipeline p : pipelines) {
            for (Node n : p.nodes()) {
                dropped += n.dropped();
            }
        }
        return new LegStats(packetsReceived, bytesReceived, packetsSent, bytesSent, reception.packetsLost(), dropped,
                reception.jitterMillis(), reception.roundTripMillis());
    }

    /** Adds this leg's drops, by reason or node name, to {@code into}. */
    void addDrops(Map<String, Long> into, List<Pipeline> pipelines) {
        for (RouteDrop r : RouteDrop.values()) {
            into.merge(r.label(), drops[r.ordinal()], Long::sum);
        }
        for (Pipeline p : pipelines) {
            for (Node n : p.nodes()) {
                into.merge(n.name(), n.dropped(), Long::sum);
            }
        }
    }
}
