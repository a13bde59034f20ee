package org.parley.audit.api;

import java.util.Map;
import java.util.Objects;

/**
 * What happened, as the caller reports it; the audit service adds time, sequence and hashes. Immutable.
 *
 * @param actor who did it: a user name, {@code system}, or {@code anonymous}
 * @param clientAddress the caller's address as {@code org.parley.api.ClientAddress} resolved it, or {@code local}
 * @param action dotted verb, e.g. {@code bundle.update}, {@code settings.change}
 * @param target what it was done to, e.g. a bundle's symbolic name or a configuration PID
 * @param outcome whether it succeeded
 * @param details further facts; values under keys that look secret (containing password, secret, token, key or
 *                credential, in any case) are stored as {@code ****}
 */
public record AuditEvent(String actor, String clientAddress, String action, String target, Outcome outcome,
        Map<String, String> details) {

    /** Whether the audited action succeeded. */
    public enum Outcome { SUCCESS, FAILURE, DENIED }

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
