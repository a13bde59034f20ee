package org.parley.system.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.parley.api.ClientAddress;

/**
 * Who asked for an action, as the audit trail records it.
 *
 * @param actor the signed-in user's name, {@code local} for an unauthenticated loopback caller, {@code system}
 *              for the appliance itself
 * @param address the caller's address as the front door resolved it, or {@code local}
 */
public record Caller(String actor, String address) {

    /** The appliance acting on its own (the deploy folder watcher, the core bundle guard). */
    public static final Caller SYSTEM = new Caller("system", "local");

    /** The caller of a REST request; either argument may be null when a class is driven outside JAX-RS. */
    public static Caller of(SecurityContext security, HttpServletRequest request) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        String actor = principal == null ? "local" : principal.getName();
        Object address = request == null ? null : request.getAttribute(ClientAddress.REQUEST_ATTRIBUTE);
        return new Caller(actor, address instanceof ClientAddress client ? client.host() : "local");
    }
}
