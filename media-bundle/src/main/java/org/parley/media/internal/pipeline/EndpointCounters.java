package org.parley.media.internal.pipeline;

import org.parley.media.api.LegStats;

/**
 * The counters of one participant transport: packets and bytes accepted from the participant and sent to it, and
 * what the receive pipeline dropped, by {@link DropReason}. Nodes count here as they pass or drop a packet; the
 * leg turns them, with loss, jitter and round-trip time, into its {@link LegStats}.
 *
 * <p>Not thread-safe: written by the thread that runs the transport's pipelines under its conference's lock;
 * {@link #stats} is read under the same lock.
 */
public final class EndpointCounters {
    private static final DropReason[] REASONS = DropReason.values();
    private static final double NANOS_PER_MILLI = 1e6;

    private final long[] dropped = new long[REASONS.length];
    private long packetsReceived;
    private long bytesReceived;
    private long packetsSent;
    private long bytesSent;

    /** Counts one packet of {@code bytes} (as it arrived, encrypted) accepted from the participant. */
    public void received(int bytes) {
        packetsReceived++;
        bytesReceived += bytes;
    }

    /** Counts one packet of {@code bytes} (as sent, encrypted) sent to the participant. */
    public void sent(int bytes) {
        packetsSent++;
        bytesSent += bytes;
    }

    /**
     * Counts a packet dropped for {@code reason}.
     *
     * @return false, so that a node can {@code return counters.drop(reason);}
     */
    public boolean drop(DropReason reason) {
        dropped[reason.ordinal()]++;
        return false;
    }

    public long dropped(DropReason reason) {
        return dropped[reason.ordinal()];
    }

    /** Packets dropped for any reason. */
    public long droppedTotal() {
        long total = 0;
        for (long count : dropped) {
            total += count;
        }
        return total;
    }

    public long packetsReceived() {
        return packetsReceived;
    }

    public long bytesReceived() {
        return bytesReceived;
    }

    public long packetsSent() {
        return packetsSent;
    }

    public long bytesSent() {
        return bytesSent;
    }

    /**
     * A snapshot of the leg's counters with the loss and audio jitter of {@code reception} and the round-trip time
     * of {@code roundTrip}.
     */
    public LegStats stats(LossAndJitter reception, RoundTripEstimator roundTrip) {
        long roundTripNanos = roundTrip.smoothedNanos();
        return new LegStats(packetsReceived, bytesReceived, packetsSent, bytesSent, reception.packetsLost(),
                droppedTotal(), reception.audioJitterMillis(),
                roundTripNanos < 0 ? -1 : roundTripNanos / NANOS_PER_MILLI);
    }
}
