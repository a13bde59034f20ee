package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parleyctl restore} of a PostgreSQL appliance (a database of its own on the shared server, the password read
 * from a {@code passwordFile}): backed up while running, stopped, a user's row and the meetings table dropped,
 * restored with {@code pg_restore}; the user signs in again, the meeting is back, the audit chain verifies and the
 * database as it was before the restore is kept as {@code replaced-<time>/db/parley.dump}.
 */
class PostgresRestoreIT {

    private static final String MEMBER = "pg.restored";

    @TempDir
    Path temp;

    @Test
    void backupWhileRunningThenDroppedDataIsRestoredWithPgRestore() throws Exception {
        Path passphrase = Files.writeString(temp.resolve("passphrase"), "e2e postgres passphrase\n");
        Path backup = temp.resolve("parley.pbk");
        try (PostgresDatabase database = new PostgresDatabase();
                Appliance parley = Appliance.prepare(Map.of("org.parley.store.Database.cfg",
                        database.settingsFile(PostgresDatabase.PORT) + "passwordFile=db-password\n"))) {
            // The test server trusts loopback, so any password works; it still goes the PGPASSFILE way.
            Path secret = Files.createDirectories(parley.home().resolve("etc/secrets")).resolve("db-password");
            Files.writeString(secret, "not:used\\here\n");
            parley.start();
            parley.awaitHealthy();
            Accounts.Account member = Accounts.create(parley, MEMBER, "member");
            String meeting = Accounts.expect(201, parley.admin().post("/api/v1/meetings", "{\"title\": \"Night shift\","
                    + " \"start\": \"" + Accounts.now(parley).plus(Duration.ofMinutes(10)) + "\","
                    + " \"durationMinutes\": 30, \"timeZone\": \"Europe/Berlin\"}")).json().path("id").asText();
            Parleyctl.Run made = Parleyctl.run(parley, "backup", backup.toString(), "--passphrase-file",
                    passphrase.toString());
            assertEquals(0, made.exit(), made::toString);
            assertTrue(made.out().contains("postgresql"), made::toString);
            Accounts.Account admin = parley.adminAccount();
            Instant clock = Accounts.now(parley);
            assertEquals(143, parley.terminate(Duration.ofSeconds(30)), parley.consoleTail());

            dropData(database);
            long started = System.nanoTime();
            Parleyctl.Run restored = Parleyctl.run(parley, "restore", backup.toString(), "--passphrase-file",
                    passphrase.toString());
            assertEquals(0, restored.exit(), restored::toString);
            System.out.printf("PostgresRestoreIT: restore %d ms with the JVM's start%n%s%n",
                    (System.nanoTime() - started) / 1_000_000, restored.out().strip());
            assertTrue(restored.out().contains("restored the database 127.0.0.1:5432/" + database.name()),
                    restored::toString);
            Path dump = replacedDump(parley);
            assertTrue(Files.size(dump) > 0, dump::toString);

            parley.start();
            parley.awaitHealthy();
            Accounts.advance(parley, Math.max(0, Duration.between(Accounts.now(parley), clock).getSeconds()) + 60);
            Api signedIn = Accounts.signIn(parley, admin);
            Accounts.signIn(parley, member);
            Reply found = Accounts.expect(200, signedIn.get("/api/v1/meetings/" + meeting));
            assertEquals("Night shift", found.json().path("title").asText(), found::toString);
            Reply verify = Accounts.expect(200, signedIn.post("/api/v1/audit/verify", ""));
            assertTrue(verify.json().path("intact").asBoolean(), verify::toString);
        }
    }

    /** What an accident or an attacker might do while Parley is down: a user gone, a whole table gone. */
    private static void dropData(PostgresDatabase database) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:"
                + PostgresDatabase.PORT + "/" + database.name(), "postgres", "");
                Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("DELETE FROM auth_account WHERE username = '" + MEMBER + "'"));
            statement.execute("DROP TABLE meetings_meeting");
        }
    }

    private static Path replacedDump(Appliance parley) throws Exception {
        try (Stream<Path> list = Files.list(parley.home().resolve("var/lib/backup"))) {
            return list.filter(path -> path.getFileName().toString().startsWith("replaced-")).findFirst()
                    .orElseThrow().resolve("db/parley.dump");
        }
    }
}
