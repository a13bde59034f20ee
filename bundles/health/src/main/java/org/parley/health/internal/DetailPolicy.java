package org.parley.health.internal;

import org.parley.api.Caller;
import org.parley.api.ClientAddress;

/**
 * Decides who may see each component's health (names, states, details) rather than only UP or DOWN: callers on
 * this machine, and signed-in callers holding {@value #PERMISSION} (admins and auditors).
 */
public final class DetailPolicy {

    static final String PERMISSION = "health:read";

    /**
     * @param address the caller's address, null when unknown
     * @param caller the signed-in caller, null when anonymous
     */
    public boolean maySeeDetails(ClientAddress address, Caller caller) {
        return (address != null && address.isLoopback()) || (caller != null && caller.permits(PERMISSION));
    }
}
