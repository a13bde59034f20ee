package org.parley.audit.api;

import java.time.Instant;

/**
 * A filter over the audit trail; {@code null} fields match anything.
 *
 * @param actor exact actor
 * @param action exact action, or a prefix ending in {@code .} (e.g. {@code bundle.})
 * @param target exact target
 * @param from records at or after this instant
 * @param to records before this instant
 * @param afterSequence records with a larger sequence number (for paging)
 * @param limit at most this many records (1 to {@value #MAX_LIMIT})
 */
public record AuditQuery(String actor, String action, String target, Instant from, Instant to, Long afterSequence,
        int limit) {

    /** The largest {@link #limit()} accepted. */
    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    public static AuditQuery all(int limit) {
        return new AuditQuery(null, null, null, null, null, null, limit);
    }

    /** The same filter for the next page: records after {@code sequence}. */
    public AuditQuery after(long sequence) {
        return new AuditQuery(actor, action, target, from, to, sequence, limit);
    }
}
