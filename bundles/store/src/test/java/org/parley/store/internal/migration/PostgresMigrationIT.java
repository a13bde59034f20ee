package org.parley.store.internal.migration;

import java.sql.SQLException;
import org.parley.store.internal.PostgresTestSchema;
import org.parley.store.internal.StandaloneDatabase;

/** The migration contract on the real PostgreSQL at 127.0.0.1:5432, in a schema of its own. */
class PostgresMigrationIT extends MigrationContract {

    private PostgresTestSchema schema;

    @Override
    protected StandaloneDatabase open() throws SQLException {
        schema = PostgresTestSchema.create();
        return StandaloneDatabase.openPostgres(schema.url(PostgresTestSchema.PORT), PostgresTestSchema.USER, null);
    }

    @Override
    protected void afterClose() throws SQLException {
        schema.close();
    }
}
