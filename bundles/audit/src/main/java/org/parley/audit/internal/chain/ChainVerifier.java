package org.parley.audit.internal.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.api.AuditVerification;

/**
 * Walks a chain in ascending sequence order and names the first record at fault: altered (contents do not match
 * the hash), deleted (a sequence gap, or records renumbered to close one), inserted (a record that does not chain
 * to its predecessor, or one pushing the originals along), reordered (a record sits at another record's place),
 * a record that disagrees with its signed checkpoint, and newest records lost (a checkpoint beyond the chain's
 * end). Reads each record once and keeps only a small look-ahead window, so chains of any length fit in memory.
 * One instance per verification.
 */
public final class ChainVerifier {

    /** How far a moved record is searched for, in sequence numbers either way. */
    static final int WINDOW = 64;

    private final ChainHasher hasher;
    private final CheckpointSignatures signatures;
    private final NavigableMap<Long, List<Checkpoint>> checkpoints = new TreeMap<>();
    private long checkpointsChecked;

    /** @param checkpoints from every place they are kept (duplicates allowed); those of other chains are ignored */
    public ChainVerifier(ChainHasher hasher, CheckpointSignatures signatures, Collection<Checkpoint> checkpoints) {
        this.hasher = hasher;
        this.signatures = signatures;
        for (Checkpoint checkpoint : checkpoints) {
            if (!checkpoint.chainId().equals(hasher.chainId())) {
                continue;
            }
            List<Checkpoint> atSequence = this.checkpoints.computeIfAbsent(checkpoint.sequence(),
                    s -> new ArrayList<>());
            // The same checkpoint from the database and from the file is checked once.
            if (!atSequence.contains(checkpoint)) {
                atSequence.add(checkpoint);
            }
        }
    }

    public AuditVerification verify(Iterator<AuditRecord> records) {
        Lookahead<AuditRecord> rows = new Lookahead<>(records);
        long expected = 1;
        String lastHash = ChainHasher.GENESIS;
        long checked = 0;
        while (rows.hasNext()) {
            AuditRecord row = rows.next();
            checked++;
            Optional<Fault> fault = check(row, expected, lastHash, rows);
            if (fault.isPresent()) {
                return fault.get().toVerification(checked, checkpointsChecked);
            }
            expected = row.sequence() + 1;
            lastHash = row.hash();
        }
        long checkedRecords = checked;
        return checkTail(expected - 1)
                .map(fault -> fault.toVerification(checkedRecords, checkpointsChecked))
                .orElseGet(() -> new AuditVerification(true, checkedRecords, checkpointsChecked, null, ""));
    }

    private Optional<Fault> check(AuditRecord row, long expected, String lastHash, Lookahead<AuditRecord> rows) {
        long sequence = row.sequence();
        if (sequence < expected) {
            return Fault.at(sequence, "record " + sequence + " was inserted: it repeats sequence number " + sequence);
        }
        if (sequence > expected) {
            return Fault.at(expected, deleted(expected, sequence - 1) + ": the chain jumps from record "
                    + (expected - 1) + " to record " + sequence);
        }
        Long written = writtenSequence(row);
        if (written == null) {
            return Fault.at(sequence, "record " + sequence + " was altered: its contents no longer match its hash");
        }
        if (written != sequence) {
            return moved(row, written, rows);
        }
        if (!row.previousHash().equals(lastHash)) {
            return Fault.at(sequence, "record " + sequence + " was inserted or replaced: it does not chain to record "
                    + (sequence - 1) + " (its previous hash is not that record's hash)");
        }
        return checkpointsAt(row);
    }

    /** A record whose hash only verifies at another sequence number was moved there, or renumbered. */
    private Optional<Fault> moved(AuditRecord row, long written, Lookahead<AuditRecord> rows) {
        long sequence = row.sequence();
        if (written > sequence) {
            if (rows.anyAhead(WINDOW, ahead -> Long.valueOf(sequence).equals(writtenSequence(ahead)))) {
                return Fault.at(sequence, "records were reordered: record " + sequence + " holds the record written as "
                        + written + ", and the record written as " + sequence + " sits further on");
            }
            return Fault.at(sequence, deleted(sequence, written - 1)
                    + " and the later records renumbered to close the gap");
        }
        String range = written == sequence - 1 ? "a record was" : "records were";
        return Fault.at(written, "record " + written + " was inserted: " + range + " inserted at sequence " + written
                + " and the original record " + written + " pushed along to " + sequence);
    }

    private Optional<Fault> checkpointsAt(AuditRecord row) {
        for (Checkpoint checkpoint : checkpoints.getOrDefault(row.sequence(), List.of())) {
            checkpointsChecked++;
            Optional<String> signatureProblem = signatures.problemWith(checkpoint);
            if (signatureProblem.isPresent()) {
                return Fault.at(row.sequence(), signatureProblem.get());
            }
            if (!checkpoint.hash().equals(row.hash())) {
                return Fault.at(row.sequence(), "record " + row.sequence() + " was altered: it does not match the "
                        + "signed checkpoint at sequence " + row.sequence());
            }
        }
        return Optional.empty();
    }

    /** Checkpoints beyond the last record prove that newer records existed. */
    private Optional<Fault> checkTail(long lastSequence) {
        Optional<String> forged = Optional.empty();
        for (Map.Entry<Long, List<Checkpoint>> entry : checkpoints.tailMap(lastSequence, false).descendingMap()
                .entrySet()) {
            for (Checkpoint checkpoint : entry.getValue()) {
                checkpointsChecked++;
                Optional<String> problem = signatures.problemWith(checkpoint);
                if (problem.isEmpty()) {
                    return Fault.at(lastSequence + 1, "newest records lost: checkpoint at sequence "
                            + checkpoint.sequence() + " but the chain ends at " + lastSequence);
                }
                forged = forged.or(() -> problem);
            }
        }
        return forged.flatMap(problem -> Fault.at(lastSequence + 1, problem));
    }

    /** The sequence number at which the record's hash verifies: its own, a nearby one, or none. */
    private Long writtenSequence(AuditRecord row) {
        if (hasher.matches(row)) {
            return row.sequence();
        }
        for (long distance = 1; distance <= WINDOW; distance++) {
            for (long candidate : new long[] {row.sequence() + distance, row.sequence() - distance}) {
                if (candidate >= 1 && hasher.hashAt(row, candidate).equals(row.hash())) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static String deleted(long first, long last) {
        return first == last ? "record " + first + " was deleted" : "records " + first + " to " + last
                + " were deleted";
    }

    private record Fault(long sequence, String problem) {
        static Optional<Fault> at(long sequence, String problem) {
            return Optional.of(new Fault(sequence, problem));
        }

        AuditVerification toVerification(long recordsChecked, long checkpointsChecked) {
            return new AuditVerification(false, recordsChecked, checkpointsChecked, sequence, problem);
        }
    }
}
