package org.parley.audit.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.api.AuditVerification;

class ChainVerifierTest {

    private final TestChain chain = new TestChain(120, 20);

    @Test
    void anUntouchedChainIsIntact() {
        AuditVerification result = chain.verify();

        assertTrue(result.intact(), result.problem());
        assertEquals(120, result.recordsChecked());
        assertEquals(6, result.checkpointsChecked());
        assertEquals(null, result.firstBadSequence());
    }

    @Test
    void anEmptyChainIsIntact() {
        AuditVerification result = new ChainVerifier(chain.hasher, chain.signatures(), List.of())
                .verify(Collections.emptyIterator());

        assertTrue(result.intact());
        assertEquals(0, result.recordsChecked());
    }

    @Test
    void anEditedRecordIsNamedAsAltered() {
        chain.alter(57, "mallory");

        assertFault(57, "record 57 was altered");
    }

    @Test
    void aDeletedRecordIsNamed() {
        chain.records.remove(56);

        assertFault(57, "record 57 was deleted");
    }

    @Test
    void deletingTheFirstRecordIsNamed() {
        chain.records.remove(0);

        assertFault(1, "record 1 was deleted");
    }

    @Test
    void aSwappedPairIsNamedAsReordered() {
        AuditRecord fifty = chain.at(50);
        AuditRecord fiftyOne = chain.at(51);
        chain.records.set(49, TestChain.renumbered(fiftyOne, 50));
        chain.records.set(50, TestChain.renumbered(fifty, 51));

        assertFault(50, "records were reordered: record 50 holds the record written as 51");
    }

    @Test
    void aDeletionClosedByRenumberingIsNamedAsDeleted() {
        chain.records.remove(29);
        for (int index = 29; index < chain.records.size(); index++) {
            chain.records.set(index, TestChain.renumbered(chain.records.get(index), index + 1));
        }

        assertFault(30, "record 30 was deleted and the later records renumbered");
    }

    @Test
    void aRecordInsertedByRenumberingTheRestIsNamed() {
        List<AuditRecord> shifted = new ArrayList<>(chain.records.subList(0, 44));
        AuditRecord forged = chain.hasher.seal(TestChain.unsealed(45, "mallory", chain.at(44).hash()));
        shifted.add(forged);
        for (AuditRecord original : chain.records.subList(44, 59)) {
            shifted.add(TestChain.renumbered(original, original.sequence() + 1));
        }
        chain.records.clear();
        chain.records.addAll(shifted);
        chain.checkpoints.removeIf(checkpoint -> checkpoint.sequence() > 40);

        assertFault(45, "record 45 was inserted");
    }

    @Test
    void aSelfConsistentRecordThatDoesNotChainIsNamedAsInserted() {
        chain.records.set(69, chain.hasher.seal(TestChain.unsealed(70, "mallory", "f".repeat(64))));

        assertFault(70, "record 70 was inserted or replaced: it does not chain to record 69");
    }

    @Test
    void aRewrittenTailIsCaughtByItsSignedCheckpoint() {
        String previous = chain.at(49).hash();
        for (long sequence = 50; sequence <= 120; sequence++) {
            AuditRecord forged = chain.hasher.seal(TestChain.unsealed(sequence, "mallory", previous));
            chain.records.set((int) sequence - 1, forged);
            previous = forged.hash();
        }

        assertFault(60, "record 60 was altered: it does not match the signed checkpoint at sequence 60");
    }

    @Test
    void losingTheNewestRecordsIsNamedAgainstTheLatestCheckpoint() {
        chain.records.subList(117, 120).clear();

        AuditVerification result = assertFault(118,
                "newest records lost: checkpoint at sequence 120 but the chain ends at 117");
        assertEquals(117, result.recordsChecked());
    }

    @Test
    void aForgedCheckpointSignatureIsNamed() throws Exception {
        CheckpointSigner impostor = new CheckpointSigner(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        Checkpoint genuine = chain.checkpoints.get(1);
        Checkpoint forged = impostor.sign(genuine.chainId(), 40, genuine.hash(), genuine.time());
        chain.checkpoints.set(1, new Checkpoint(forged.chainId(), forged.sequence(), forged.hash(), forged.time(),
                genuine.keyId(), forged.signature()));

        assertFault(40, "the checkpoint at sequence 40 has an invalid signature");
    }

    @Test
    void checkpointsOfAnotherChainAreIgnored() {
        chain.records.subList(110, 120).clear();
        chain.checkpoints.removeIf(checkpoint -> checkpoint.sequence() > 110);
        chain.checkpoints.add(chain.signer.sign("another-chain", 500, "a".repeat(64), Instant.EPOCH));

        assertTrue(chain.verify().intact());
    }

    @Test
    void aCheckpointByAnUnknownKeyIsNamed() {
        AuditVerification result = new ChainVerifier(chain.hasher, new CheckpointSignatures(Map.of()),
                chain.checkpoints).verify(chain.records.iterator());

        assertFalse(result.intact());
        assertEquals(20, result.firstBadSequence());
        assertTrue(result.problem().contains("signed by an unknown key"), result.problem());
    }

    private AuditVerification assertFault(long sequence, String problemStart) {
        AuditVerification result = chain.verify();
        assertFalse(result.intact(), "tampering went unnoticed");
        assertTrue(result.problem().startsWith(problemStart), result.problem());
        assertEquals(sequence, result.firstBadSequence(), result.problem());
        return result;
    }
}
