package org.parley.auth.internal.it;

import org.parley.store.internal.StandaloneDatabase;
import org.parley.testing.support.PostgresSchema;

/** The auth contract on the test PostgreSQL (127.0.0.1:5432, database test), in a random schema dropped after. */
class PostgresAuthIT extends AuthContract {

    private final PostgresSchema schema = new PostgresSchema("auth_it");

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
