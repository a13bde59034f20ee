package org.parley.store.internal.migration;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.internal.StandaloneDatabase;

/** The migration contract on a real embedded Derby in a temporary directory. */
class DerbyMigrationIT extends MigrationContract {

    @TempDir
    Path databaseDir;

    @Override
    protected StandaloneDatabase open() {
        return StandaloneDatabase.openDerby(databaseDir.resolve("db"));
    }

    @Override
    protected void afterClose() {
        // The temporary directory goes with the test; close() has shut Derby down so it can be deleted.
    }
}
