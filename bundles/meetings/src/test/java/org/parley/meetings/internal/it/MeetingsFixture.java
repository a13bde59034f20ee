package org.parley.meetings.internal.it;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parley.meetings.internal.Meetings;
import org.parley.meetings.internal.MeetingsCore;
import org.parley.meetings.internal.model.MeetingPolicy;
import org.parley.meetings.internal.passcode.PasscodeCipher;
import org.parley.meetings.internal.store.MeetingStore;
import org.parley.store.internal.StandaloneDatabase;
import org.parley.testing.support.FakeAudit;

/**
 * The meetings service on a real, freshly migrated database, with an in-memory audit, a fixed clock and a passcode
 * key in a temporary folder. Derby by default; a subclass opens PostgreSQL instead.
 */
abstract class MeetingsFixture {

    @TempDir
    Path dir;

    final FakeAudit audit = new FakeAudit();
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-03-01T09:00:00Z"));
    final AtomicReference<MeetingPolicy> policy = new AtomicReference<>(new MeetingPolicy(false, true, true, 100));
    StandaloneDatabase database;
    PasscodeCipher passcodes;
    Meetings meetings;

    protected StandaloneDatabase openDatabase() throws Exception {
        return StandaloneDatabase.openDerby(dir.resolve("db"));
    }

    protected void dropDatabase() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
        database.migrate("meetings", MeetingsCore.class);
        passcodes = new PasscodeCipher(dir.resolve("var/lib/keys/meetings-passcode.key"));
        meetings = new Meetings(new MeetingStore(database.dataSource()), audit, now::get, passcodes, policy::get);
    }

    @AfterEach
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
        dropDatabase();
    }
}
