package org.parley.audit.internal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.audit.api.AuditQuery;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.api.AuditVerification;
import org.parley.audit.internal.AuditTrail;
import org.parley.store.internal.StandaloneDatabase;

/** The audit trail on a real database: tampering by direct SQL is named by verify. */
abstract class AuditChainContract extends AuditFixture {

    @Test
    void anUntouchedChainVerifiesAndIsStreamedWithSecretsMasked() throws Exception {
        write(25);

        AuditVerification result = trail.verify();
        assertTrue(result.intact(), result.problem());
        assertEquals(25, result.recordsChecked());
        assertEquals(3, result.checkpointsChecked(), "at records 1 (the first write), 11 and 21");

        AuditRecord stored = trail.find(AuditQuery.all(10_000)).get(6);
        assertEquals(7, stored.sequence());
        assertEquals("****", stored.details().get("adminPassword"));
        List<String> log = Files.readAllLines(dir.resolve("appliance-a/var/log/audit.log"));
        assertEquals(28, log.size(), "25 records and 3 checkpoints");
        assertFalse(String.join("\n", log).contains("hunter2"));
        assertEquals(3, Files.readAllLines(dir.resolve("appliance-a/var/lib/audit/checkpoints.jsonl")).size());
    }

    @Test
    void findFiltersByActorActionPrefixTimeAndSequence() throws Exception {
        write(30);

        assertEquals(10, trail.find(new AuditQuery("user1", null, null, null, null, null, 100)).size());
        assertEquals(15, trail.find(new AuditQuery(null, "bundle.", null, null, null, null, 100)).size());
        assertEquals(0, trail.find(new AuditQuery(null, "bundle", null, null, null, null, 100)).size());
        assertEquals(List.of(21L, 22L), trail.find(new AuditQuery(null, null, null, null, null, 20L, 2)).stream()
                .map(AuditRecord::sequence).toList());
        AuditRecord fifth = trail.find(AuditQuery.all(5)).get(4);
        assertEquals(List.of(5L, 6L), trail.find(new AuditQuery(null, null, null, fifth.time(),
                fifth.time().plusSeconds(2), null, 100)).stream().map(AuditRecord::sequence).toList());
    }

    @Test
    void aChainInAnotherDatabaseIsVerifiedThereAndAFreshOneIsNotClaimed() throws Exception {
        write(20);
        try (StandaloneDatabase fresh = StandaloneDatabase.openDerby(dir.resolve("other-db"))) {
            fresh.migrate("audit", AuditTrail.class);
            AuditVerification empty = trail.verify(fresh);
            assertTrue(empty.intact() && empty.recordsChecked() == 0, empty::toString);
        }
        AuditVerification same = trail.verify(database);
        assertTrue(same.intact() && same.recordsChecked() == 20, same::toString);
        sql("UPDATE audit_record SET actor = 'mallory' WHERE seq = 7");
        AuditVerification altered = trail.verify(database);
        assertEquals(7L, altered.firstBadSequence(), altered::toString);
    }

    @Test
    void aDirectUpdateOfAMiddleRecordIsNamedAsAltered() throws Exception {
        write(20);
        sql("UPDATE audit_record SET actor = 'mallory' WHERE seq = 12");

        assertFault(12, "record 12 was altered");
    }

    @Test
    void aDeletedMiddleRecordIsNamed() throws Exception {
        write(20);
        sql("DELETE FROM audit_record WHERE seq = 9");

        assertFault(9, "record 9 was deleted");
    }

    @Test
    void aSwappedPairIsNamedAsReordered() throws Exception {
        write(20);
        sql("UPDATE audit_record SET seq = -14 WHERE seq = 14", "UPDATE audit_record SET seq = 14 WHERE seq = 15",
                "UPDATE audit_record SET seq = 15 WHERE seq = -14");

        assertFault(14, "records were reordered: record 14 holds the record written as 15");
    }

    @Test
    void losingTheLastRecordsAfterACheckpointIsNamedEvenWithoutTheCheckpointRows() throws Exception {
        write(21);
        assertEquals(21, count("SELECT MAX(seq) FROM audit_checkpoint"));
        sql("DELETE FROM audit_record WHERE seq > 18");

        assertFault(19, "newest records lost: checkpoint at sequence 21 but the chain ends at 18");

        sql("DELETE FROM audit_checkpoint WHERE seq > 18");
        assertFault(19, "newest records lost: checkpoint at sequence 21 but the chain ends at 18");
    }

    @Test
    void checkpointsAreLaidByCountAndByTimeOnWrite() throws Exception {
        trail.close();
        trail = newTrail("appliance-a", Map.of("checkpointEveryRecords", 1000, "checkpointEveryMinutes", 10));
        trail.record(event(1));
        trail.record(event(2));
        clock.advance(Duration.ofMinutes(10));
        trail.record(event(3));

        assertEquals(2, count("SELECT COUNT(*) FROM audit_checkpoint"), "at the first record and 10 minutes on");
        assertEquals(3, count("SELECT MAX(seq) FROM audit_checkpoint"));
        assertTrue(trail.verify().intact());
    }

    @Test
    void aRecordIsCommittedBeforeRecordReturns() throws Exception {
        AuditRecord record = trail.record(event(1));

        try (Connection other = database.dataSource().getConnection();
                Statement statement = other.createStatement();
                ResultSet row = statement.executeQuery("SELECT record_hash FROM audit_record WHERE seq = "
                        + record.sequence())) {
            assertTrue(row.next(), "another connection must see the record");
            assertEquals(record.hash(), row.getString(1));
        }
    }
}
