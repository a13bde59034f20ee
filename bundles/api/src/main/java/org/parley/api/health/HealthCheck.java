package org.parley.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One component's health, published as an OSGi service. {@link #check()} is called on every health request and
 * must return within a second or two (use a cached result for slow probes); it never throws. A check that is
 * {@link #critical()} turns the whole appliance DOWN (HTTP 503) when it is DOWN; any other trouble is WARN.
 */
@ConsumerType
public interface HealthCheck {

    /** Stable component name shown to admins, e.g. {@code database}. */
    String name();

    /** Whether this component being DOWN means the appliance cannot serve (database, HTTP). */
    default boolean critical() {
        return false;
    }

    /** The current state. */
    HealthResult check();
}
