package org.parley.health.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.parley.api.health.HealthResult.Status;

/**
 * The detailed health view, written as JSON for callers who may see it.
 *
 * @param status DOWN when a critical component is DOWN; WARN when anything else is not UP; else UP
 * @param components every component by name, in name order
 * @param checkedAt when the checks were run
 */
public record HealthReport(Status status, Map<String, ComponentHealth> components, Instant checkedAt) {

    public HealthReport {
        components = Collections.unmodifiableMap(new TreeMap<>(components));
    }

    /** Aggregates component results by the rules of the health endpoint. */
    public static HealthReport of(Map<String, ComponentHealth> components, Instant checkedAt) {
        return new HealthReport(overall(components), components, checkedAt);
    }

    private static Status overall(Map<String, ComponentHealth> components) {
        if (components.values().stream().anyMatch(ComponentHealth::isCriticalFailure)) {
            return Status.DOWN;
        }
        if (components.values().stream().anyMatch(component -> component.status() != Status.UP)) {
            return Status.WARN;
        }
        return Status.UP;
    }

    /** 503 only when a critical component is down; warnings and non-critical failures still answer 200. */
    public int httpStatus() {
        return status == Status.DOWN ? 503 : 200;
    }

    /** What a caller who may not see details gets: UP or DOWN only. */
    public HealthSummary summary() {
        return new HealthSummary(status == Status.DOWN ? "DOWN" : "UP");
    }
}
