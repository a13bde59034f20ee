package org.parley.health.internal;

/**
 * What the health endpoint answers one caller.
 *
 * @param httpStatus 200 or 503
 * @param body a {@link HealthSummary} or a {@link HealthReport}
 */
public record HealthView(int httpStatus, Object body) {
}
