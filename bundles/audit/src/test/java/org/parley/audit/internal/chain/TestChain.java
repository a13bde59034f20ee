package org.parley.audit.internal.chain;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.api.AuditVerification;

/** Builds a valid chain in memory, with a checkpoint every {@code checkpointEvery} records, to tamper with. */
final class TestChain {

    static final String CHAIN_ID = "3f1c2b8e-0000-4000-8000-000000000001";
    static final Instant START = Instant.parse("2025-03-01T09:00:00Z");

    final ChainHasher hasher = new ChainHasher(CHAIN_ID);
    final CheckpointSigner signer;
    final List<AuditRecord> records = new ArrayList<>();
    final List<Checkpoint> checkpoints = new ArrayList<>();

    TestChain(int length, int checkpointEvery) {
        try {
            signer = new CheckpointSigner(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String previous = ChainHasher.GENESIS;
        for (int sequence = 1; sequence <= length; sequence++) {
            AuditRecord record = hasher.seal(unsealed(sequence, "user" + (sequence % 3), previous));
            records.add(record);
            previous = record.hash();
            if (sequence % checkpointEvery == 0) {
                checkpoints.add(signer.sign(CHAIN_ID, sequence, record.hash(), record.time()));
            }
        }
    }

    static AuditRecord unsealed(long sequence, String actor, String previousHash) {
        return new AuditRecord(sequence, START.plusSeconds(sequence), actor, "192.0.2." + (sequence % 250),
                "settings.change", "org.parley.http.Https", AuditEvent.Outcome.SUCCESS,
                Map.of("attribute", "port", "value", Long.toString(8000 + sequence)), previousHash, null);
    }

    AuditRecord at(long sequence) {
        return records.get((int) sequence - 1);
    }

    /** The record at {@code sequence} with another actor, its stored hash kept. */
    void alter(long sequence, String actor) {
        AuditRecord r = at(sequence);
        records.set((int) sequence - 1, new AuditRecord(r.sequence(), r.time(), actor, r.clientAddress(), r.action(),
                r.target(), r.outcome(), r.details(), r.previousHash(), r.hash()));
    }

    /** Moves the stored row of record {@code from} to sequence number {@code to}. */
    static AuditRecord renumbered(AuditRecord r, long to) {
        return new AuditRecord(to, r.time(), r.actor(), r.clientAddress(), r.action(), r.target(), r.outcome(),
                r.details(), r.previousHash(), r.hash());
    }

    CheckpointSignatures signatures() {
        return new CheckpointSignatures(Map.of(signer.keyId(), signer.publicKey()));
    }

    AuditVerification verify() {
        return new ChainVerifier(hasher, signatures(), checkpoints).verify(records.iterator());
    }
}
