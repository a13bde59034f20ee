package org.parley.audit.api;

/**
 * The result of walking the chain.
 *
 * @param intact true when every record and checkpoint checks out
 * @param recordsChecked how many records were read
 * @param firstBadSequence the sequence number of the first record at fault, or {@code null}
 * @param problem what is wrong, naming the record: altered, deleted, inserted, reordered, or newest records lost
 *               against the latest checkpoint; empty when intact
 */
public record AuditVerification(boolean intact, long recordsChecked, Long firstBadSequence, String problem) {
}
