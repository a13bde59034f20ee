package org.parley.media.internal.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;
import org.parley.media.internal.forwarding.TrafficTotals;

/**
 * Health {@code media} (not critical: meetings, chat and the console work without it): WARN with the reason while
 * the media ports cannot be bound, else UP with the live conferences and legs. Comes and goes with the service.
 */
@Component(service = HealthCheck.class)
public class MediaHealthCheck implements HealthCheck {
    private final MediaStatistics statistics;

    @Activate
    public MediaHealthCheck(@Reference MediaStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String name() {
        return "media";
    }

    @Override
    public HealthResult check() {
        String unavailable = statistics.unavailable();
        if (unavailable != null) {
            return HealthResult.warn(unavailable);
        }
        TrafficTotals totals = statistics.totals();
        return HealthResult.up(totals.conferences() + " meetings with media, " + totals.legs() + " participants");
    }
}
