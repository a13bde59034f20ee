package org.parley.meetings.internal.it;

import org.parley.store.internal.StandaloneDatabase;
import org.parley.testing.support.PostgresSchema;

/** The meetings contract on the test PostgreSQL (127.0.0.1:5432, database test), in a random schema dropped after. */
class PostgresMeetingsIT extends MeetingsContract {

    private final PostgresSchema schema = new PostgresSchema("meetings_it");

    @Override
    protected StandaloneDatabase openDatabase() throws Exception {
        schema.create();
        return StandaloneDatabase.openPostgres(schema.url(), schema.user(), "");
    }

    @Override
    protected void dropDatabase() throws Exception {
        schema.drop();
    }
}
