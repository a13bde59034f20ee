package org.parley.store.internal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.internal.settings.DatabaseSettings;

/** How {@code pg_dump} is found and reached: the password in its environment, a missing client named. */
class PostgresDumpTest {

    @TempDir
    Path folder;

    @Test
    void connectionGoesThroughLibpqEnvironment() {
        Map<String, String> env = PostgresDump.connection(DatabaseSettings.plainPostgres(
                "jdbc:postgresql://db.example:6543/parley?currentSchema=p", "parley", "s3cret"));
        assertEquals("db.example", env.get("PGHOST"));
        assertEquals("6543", env.get("PGPORT"));
        assertEquals("parley", env.get("PGDATABASE"));
        assertEquals("parley", env.get("PGUSER"));
        assertEquals("s3cret", env.get("PGPASSWORD"));
        assertEquals("disable", env.get("PGSSLMODE"));
    }

    @Test
    void noPasswordNoPgpassword() {
        Map<String, String> env = PostgresDump.connection(DatabaseSettings.plainPostgres(
                "jdbc:postgresql://127.0.0.1/test", "u", null));
        assertFalse(env.containsKey("PGPASSWORD"));
        assertEquals("5432", env.get("PGPORT"));
    }

    @Test
    void missingPgDumpNamesThePackage() {
        IOException missing = assertThrows(IOException.class, () -> PostgresDump.dump(
                DatabaseSettings.plainPostgres("jdbc:postgresql://127.0.0.1/test", "u", null), folder,
                Map.of("PATH", folder.toString())));
        assertTrue(missing.getMessage().contains("postgresql-client"), missing.getMessage());
    }
}
