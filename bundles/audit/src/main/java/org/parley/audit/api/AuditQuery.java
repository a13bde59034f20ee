package org.parley.audit.api;

import java.time.Instant;

/**
 * A filter over the audit trail; {@code null} fields match anything.
 *
 * @param action exact action, or a prefix ending in {@code .} (e.g. {@code bundle.})
 * @param limit at most this many records (1 to 10,000)
 */
public record AuditQuery(String actor, String action, String target, Instant from, Instant to, Long afterSequence,
        int limit) {

    public static AuditQuery all(int limit) {
        return new AuditQuery(null, null, null, null, null, null, limit);
    }
}
