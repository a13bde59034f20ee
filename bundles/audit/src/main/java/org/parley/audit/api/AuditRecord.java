package org.parley.audit.api;

import java.time.Instant;
import java.util.Map;

/**
 * One stored audit record.
 *
 * @param sequence position in the chain, from 1, without gaps
 * @param time when it was recorded, from the appliance {@code Clock}
 * @param previousHash hex SHA-256 of the previous record (64 zeros for the first)
 * @param hash hex SHA-256 over this record's fields and {@code previousHash}
 */
public record AuditRecord(long sequence, Instant time, String actor, String clientAddress, String action,
        String target, AuditEvent.Outcome outcome, Map<String, String> details, String previousHash, String hash) {
}
