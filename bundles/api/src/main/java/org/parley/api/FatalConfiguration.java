package org.parley.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a component that finds at start a configuration it cannot run with (a port in use, an
 * unreadable certificate). The launcher watches for this service, prints {@link #CAUSE_PROPERTY} and
 * exits with status 78 (EX_CONFIG), so systemd does not restart into the same error. The cause names
 * the setting and what to change; it never holds a secret.
 */
@ConsumerType
public interface FatalConfiguration {

    /** Service property holding the human-readable cause. */
    String CAUSE_PROPERTY = "parley.fatal.cause";

    /** The human-readable cause. */
    String cause();
}
