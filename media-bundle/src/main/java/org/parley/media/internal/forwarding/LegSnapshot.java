package org.parley.media.internal.forwarding;

import org.parley.media.api.LegStats;

/**
 * One leg as the statistics endpoint shows it.
 *
 * @param state {@code CONNECTING}, {@code CONNECTED}, {@code FAILED} or {@code CLOSED}
 * @param transport {@code udp} or {@code tcp} once connected, else null
 */
public record LegSnapshot(String participantId, String state, String transport, LegStats stats) {
}
