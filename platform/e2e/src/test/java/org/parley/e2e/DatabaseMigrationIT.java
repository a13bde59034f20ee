package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The System page's database move on an appliance of its own (it switches the database): users, a meeting and
 * audit records made on the embedded Derby; connection tests that fail with the server's reason and one that
 * finds an empty database; the move; then the appliance runs on PostgreSQL, the users sign in, the meeting is there,
 * the audit chain verifies, and a second move into the now non-empty database is refused.
 */
class DatabaseMigrationIT {

    private static final String DATABASE = "/api/v1/system/database";

    @Test
    void movesTheEmbeddedDatabaseToAnEmptyPostgresqlAndRunsOnIt() throws Exception {
        try (PostgresDatabase target = new PostgresDatabase(); Appliance parley = Appliance.boot(Map.of())) {
            Accounts.Account host = Accounts.create(parley, "db-move-host", "host");
            Accounts.Account member = Accounts.create(parley, "db-move-member", "member");
            String meeting = Accounts.expect(201, Accounts.signIn(parley, host).post("/api/v1/meetings",
                    "{\"title\": \"Before the move\", \"start\": \"" + Accounts.now(parley).plusSeconds(600)
                    + "\", \"durationMinutes\": 30, \"timeZone\": \"Europe/Berlin\"}")).json().path("id").asText();
            JsonNode before = Accounts.expect(200, parley.admin().get(DATABASE)).json();
            assertEquals("Derby", before.path("vendor").asText(), before::toString);
            assertTrue(before.path("owners").toString().contains("audit"), before::toString);

            refusedWithReason(parley, body("jdbc:postgresql://127.0.0.1:5432/no_such_parley_db", "postgres"),
                    "database \"no_such_parley_db\" does not exist");
            refusedWithReason(parley, body(url(target), "no_such_role"), "role \"no_such_role\" does not exist");
            int closed = Appliance.freePort();
            refusedWithReason(parley, body("jdbc:postgresql://127.0.0.1:" + closed + "/x", "postgres"),
                    "connection refused at 127.0.0.1:" + closed);
            JsonNode tested = Accounts.expect(200, parley.admin().post(DATABASE + "/test",
                    body(url(target), "postgres"))).json();
            assertTrue(tested.path("empty").asBoolean(), tested::toString);

            JsonNode moved = Accounts.expect(200, parley.admin().post(DATABASE + "/migrate",
                    body(url(target), "postgres"))).json();
            System.out.printf("[database] moved %d tables, %d rows in %.1f s, %d audit records verified%n",
                    moved.path("tables").asInt(), moved.path("rows").asLong(), moved.path("seconds").asDouble(),
                    moved.path("auditRecordsVerified").asLong());
            assertTrue(moved.path("rows").asLong() > 0 && moved.path("audited").asBoolean(), moved::toString);

            Await.until("health says PostgreSQL", () -> parley.api().get("/api/v1/health").json()
                    .path("components").path("database").path("detail").asText().contains("PostgreSQL"));
            // Bundles that use the database re-start on it one after the other; accounts answer 503 meanwhile.
            Await.until("the admin reads PostgreSQL as the database", () -> {
                Reply now = Accounts.liveAdmin(parley).get(DATABASE);
                return now.status() == 200 && "PostgreSQL".equals(now.json().path("vendor").asText());
            });
            Api admin = Accounts.liveAdmin(parley);
            JsonNode found = Accounts.expect(200, Accounts.signIn(parley, host).get("/api/v1/meetings/" + meeting))
                    .json();
            assertEquals("Before the move", found.path("title").asText(), found::toString);
            Accounts.expect(200, Accounts.signIn(parley, member).get("/api/v1/account"));
            JsonNode verified = Accounts.expect(200, admin.post("/api/v1/audit/verify", "")).json();
            assertTrue(verified.path("intact").asBoolean(), verified::toString);
            List<JsonNode> records = Accounts.audit(parley, "database.migrate", "org.parley.store.Database");
            assertTrue(records.stream().anyMatch(r -> "SUCCESS".equals(r.path("outcome").asText())),
                    records::toString);
            assertFalse(records.toString().contains("no_such"), "the failed tests are not moves: " + records);

            Reply again = admin.post(DATABASE + "/migrate", body(url(target), "postgres"));
            assertEquals(409, again.status(), again::toString);
            assertTrue(again.json().path("detail").asText().contains("is not empty"), again::toString);
        }
    }

    private static void refusedWithReason(Appliance parley, String body, String reason) {
        Reply refused = parley.admin().post(DATABASE + "/test", body);
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.json().path("detail").asText().contains(reason), refused::toString);
    }

    private static String url(PostgresDatabase database) {
        return "jdbc:postgresql://127.0.0.1:" + PostgresDatabase.PORT + "/" + database.name();
    }

    private static String body(String url, String user) {
        return "{\"url\": " + Session.quote(url) + ", \"user\": " + Session.quote(user)
                + ", \"password\": \"not-checked-by-trust\", \"sslMode\": \"disable\"}";
    }
}
