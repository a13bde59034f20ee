package org.parley.audit.api;

/**
 * The result of walking the chain: either intact, or the first record at fault and what happened to it.
 *
 * @param intact true when every record and checkpoint checks out
 * @param recordsChecked how many records were read
 * @param checkpointsChecked how many signed checkpoints (from the database and the checkpoint file) were checked
 * @param firstBadSequence the sequence number of the first record at fault, or {@code null}
 * @param problem what is wrong, naming the record: altered, deleted, inserted, reordered, or newest records lost
 *               against the latest checkpoint; empty when intact
 */
public record AuditVerification(boolean intact, long recordsChecked, long checkpointsChecked, Long firstBadSequence,
        String problem) {

    public AuditVerification {
        problem = problem == null ? "" : problem;
    }
}
