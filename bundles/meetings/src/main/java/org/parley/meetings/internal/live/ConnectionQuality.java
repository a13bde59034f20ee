package org.parley.meetings.internal.live;

import org.parley.media.api.LegStats;

/**
 * A participant's media connection as the admin's roster shows it, from the SFU leg's counters since it opened.
 *
 * @param state {@code new}, {@code connecting}, {@code connected}, {@code failed}..., null before the first report
 * @param transport {@code udp} or {@code tcp} while connected, else null
 * @param lossPercent packets lost of those expected from the participant (received + lost), 0 before any
 * @param jitterMillis interarrival jitter of the participant's audio
 * @param roundTripMillis from RTCP reports, -1 before the first
 */
public record ConnectionQuality(String state, String transport, long packetsReceived, long packetsSent,
        long packetsLost, double lossPercent, double jitterMillis, double roundTripMillis) {

    static ConnectionQuality of(String state, String transport, LegStats stats) {
        long expected = stats.packetsReceived() + stats.packetsLost();
        double loss = expected == 0 ? 0 : Math.round(10_000.0 * stats.packetsLost() / expected) / 100.0;
        return new ConnectionQuality(state, transport, stats.packetsReceived(), stats.packetsSent(),
                stats.packetsLost(), loss, stats.jitterMillis(), stats.roundTripMillis());
    }
}
