package org.parley.health.internal;

import org.parley.api.ClientAddress;

/**
 * Decides who may see each component's health (names, states, details) rather than only UP or DOWN. Today: callers
 * on this machine. The accounts issue adds signed-in admins and auditors here, and only here.
 */
public final class DetailPolicy {

    /** Whether {@code caller} (null when unknown) may see the detailed view. */
    public boolean maySeeDetails(ClientAddress caller) {
        return caller != null && caller.isLoopback();
    }
}
