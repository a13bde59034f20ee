package org.parley.audit.api;

import java.time.Instant;
import java.util.Map;

/**
 * One stored audit record, as read back from the chain (secrets in {@code details} already masked).
 *
 * @param sequence position in the chain, from 1, without gaps
 * @param time when it was recorded, from the appliance {@code Clock}, to the millisecond
 * @param previousHash hex SHA-256 of the previous record (64 zeros for the first)
 * @param hash hex SHA-256 over a canonical encoding of this record's fields and {@code previousHash}
 */
public record AuditRecord(long sequence, Instant time, String actor, String clientAddress, String action,
        String target, AuditEvent.Outcome outcome, Map<String, String> details, String previousHash, String hash) {

    public AuditRecord {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
