package org.parley.health.internal;

import org.parley.api.health.HealthResult.Status;

/**
 * One component's line in the detailed health view.
 *
 * @param status UP, WARN or DOWN
 * @param detail what the check said (or why it gave no answer)
 * @param critical whether this component being DOWN makes the appliance DOWN (HTTP 503)
 */
public record ComponentHealth(Status status, String detail, boolean critical) {

    /** Whether this component alone makes the appliance unable to serve. */
    boolean isCriticalFailure() {
        return critical && status == Status.DOWN;
    }
}
