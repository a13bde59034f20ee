package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The System page's database move on an appliance of its own (it switches the database): users, a meeting and
 * audit records made on the embedded Derby; connection tests that fail with the server's reason (REST, and a
 * mistyped database name in the page); in headless Chromium, an admin tests the right one, finds it empty and moves
 * the data after confirming, while a host goes on scheduling meetings; then the appliance runs on PostgreSQL, the
 * users sign in, the meeting is there, so is every meeting whose creation was answered 201 during the move, the
 * audit chain verifies, and a second move into the now non-empty database is refused.
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

            refusedWithReason(parley, body(url(target), "no_such_role"), "role \"no_such_role\" does not exist");
            int closed = Appliance.freePort();
            refusedWithReason(parley, body("jdbc:postgresql://127.0.0.1:" + closed + "/x", "postgres"),
                    "connection refused at 127.0.0.1:" + closed);
            WritesDuringTheMove writes = new WritesDuringTheMove(Accounts.signIn(parley, host), Accounts.now(parley));
            try (writes) {
                moveInTheSystemPage(parley, target);
            }

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
            writes.assertNothingLost(Accounts.signIn(parley, host));
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

    /**
     * What an admin does on the System page: a database name mistyped is not reached, with the server's reason and
     * the form kept; the right one is reached and empty; "Copy and switch", confirmed, moves the data.
     */
    private static void moveInTheSystemPage(Appliance parley, PostgresDatabase target) {
        String admin = "db-move-admin";
        String oneTime = Accounts.expect(201, parley.admin().post("/api/v1/users", "{\"username\": "
                + Session.quote(admin) + ", \"roles\": [\"admin\"]}")).json().path("oneTimePassword").asText();
        try (AdminConsoleBrowser browser = new AdminConsoleBrowser(parley)) {
            AdminConsoleIT.firstSignIn(parley, browser, admin, oneTime);
            browser.navigate("system", "System");
            assertTrue(browser.byTestId("db-vendor").getText().startsWith("Derby"));
            WebElement address = browser.byTestId("db-url");
            address.sendKeys("jdbc:postgresql://127.0.0.1:" + PostgresDatabase.PORT + "/no_such_parley_db");
            browser.byTestId("db-user").sendKeys("postgres");
            browser.byTestId("db-password").sendKeys("not-checked-by-trust");
            new Select(browser.byTestId("db-sslMode")).selectByValue("disable");
            browser.byTestId("db-test").click();
            browser.chromium().await(ExpectedConditions.textToBe(AdminConsoleBrowser.testId("db-status"),
                    "Not reached."));
            By form = By.cssSelector("form:has([data-testid='db-test'])");
            browser.chromium().await(ExpectedConditions.textToBePresentInElementLocated(form,
                    "database \"no_such_parley_db\" does not exist"));

            address.clear();
            address.sendKeys(url(target));
            browser.byTestId("db-test").click();
            browser.chromium().await(ExpectedConditions.textToBe(AdminConsoleBrowser.testId("db-status"),
                    "Reached: the database is empty, ready for the move."));
            assertEquals("postgres", browser.byTestId("db-user").getDomProperty("value"), "the input is kept");
            assertTrue(browser.byTestId("db-target").getText().contains("none (empty)"));
            browser.byTestId("db-migrate").click();
            String asked = browser.byTestId("confirm").getText();
            assertTrue(asked.contains("No meeting is live"), "the confirmation reads the live meetings: " + asked);
            browser.byTestId("confirm-yes").click();
            browser.chromium().await(ExpectedConditions.textToBe(AdminConsoleBrowser.testId("db-status"),
                    "Moved: Parley now runs on PostgreSQL."));
            String moved = browser.byTestId("db-moved").getText();
            assertTrue(moved.matches("(?s).*Copied\\s+\\d+ rows in \\d+ tables.*"), moved);
            assertTrue(moved.matches("(?s).*Audit chain\\s+\\d+ records verified on PostgreSQL before the switch.*"),
                    moved);
            assertTrue(moved.contains("written on the new database"), moved);
            assertFalse(browser.byTestId("db-migrate").isEnabled(), "nothing more to move from this page");
            System.out.println("[database] moved from the System page: " + moved.replace('\n', ' '));
            browser.shoot("11-system-database-moved");
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
