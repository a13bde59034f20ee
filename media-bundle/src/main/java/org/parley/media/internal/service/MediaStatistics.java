package org.parley.media.internal.service;

import java.util.List;
import org.parley.media.internal.forwarding.ConferenceSnapshot;
import org.parley.media.internal.forwarding.TrafficTotals;

/**
 * The media service's figures for the statistics endpoint and {@code /metrics}. Published by
 * {@link MediaServiceComponent} as a service of this bundle only (its package is private), so the endpoint and the
 * meters come and go with the service. Thread-safe; each call takes every conference's lock in turn, briefly.
 */
public interface MediaStatistics {

    /** Every meeting's legs and the appliance's totals, as {@code GET /api/v1/media/stats} answers. */
    record Report(List<ConferenceSnapshot> meetings, TrafficTotals totals) {

        /** An immutable copy of the meetings. */
        public Report {
            meetings = List.copyOf(meetings);
        }
    }

    Report report();

    /** Totals since start, never smaller than an earlier answer (for counters). */
    TrafficTotals totals();

    /** Why no media leg can open now (its ports are not bound), or null when media is available. */
    String unavailable();
}
