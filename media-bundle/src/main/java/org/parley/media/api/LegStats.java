package org.parley.media.api;

/**
 * Counters of one leg since it opened, as {@code /metrics} and the console show them. Immutable snapshot.
 *
 * @param packetsReceived RTP and RTCP packets received from the participant and accepted
 * @param bytesReceived their bytes
 * @param packetsSent packets sent to the participant
 * @param bytesSent their bytes
 * @param packetsLost packets the participant sent that never arrived (from sequence-number gaps)
 * @param packetsDropped packets refused (failed authentication, replays, malformed, not forwarded)
 * @param jitterMillis interarrival jitter of the participant's audio (RFC 3550 §6.4.1), in milliseconds
 * @param roundTripMillis round-trip time to the participant from RTCP reports, or -1 before the first
 */
public record LegStats(long packetsReceived, long bytesReceived, long packetsSent, long bytesSent, long packetsLost,
        long packetsDropped, double jitterMillis, double roundTripMillis) {
}
