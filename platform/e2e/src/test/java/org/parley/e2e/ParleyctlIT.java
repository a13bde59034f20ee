package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code parleyctl} through the real admin socket: the distribution's {@code bin/parleyctl} as a process. An
 * appliance of its own, because {@code admin reset} ends the admin's sessions and a drain refuses every join,
 * which the shared appliance's other tests must never meet. Each call must be on the audit trail as root's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParleyctlIT {

    private static final String SESSIONS = "org.parley.auth.Sessions";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Appliance parley;

    @BeforeAll
    static void boot() {
        parley = Appliance.boot(Map.of());
    }

    @AfterAll
    static void stop() {
        parley.close();
    }

    @Test
    @Order(1)
    void statusShowsServiceHealthAndBundles() throws Exception {
        long started = System.nanoTime();
        Parleyctl.Run human = Parleyctl.run(parley, "status");
        System.out.printf("[parleyctl] status took %d ms:%n%s%n", (System.nanoTime() - started) / 1_000_000, human);
        assertEquals(0, human.exit(), human::toString);
        assertTrue(human.out().contains(": running (pid " + parley.pid()), human::toString);
        assertTrue(human.out().contains("admin-socket     UP"), human::toString);
        assertTrue(human.out().contains("org.parley.system"), human::toString);
        Parleyctl.Run json = Parleyctl.run(parley, "status", "--json");
        assertEquals(0, json.exit(), json::toString);
        JsonNode status = JSON.readTree(json.out());
        assertEquals("UP", status.path("health").path("components").path("database").path("status").asText());
        assertTrue(status.path("bundles").size() > 20, json::toString);
    }

    @Test
    @Order(2)
    void configSetGoesThroughTheValidatedPath() {
        Parleyctl.Run set = Parleyctl.run(parley, "config", "set", SESSIONS, "idleMinutes=31");
        assertEquals(0, set.exit(), set::toString);
        assertEquals(31, idleMinutes(), "not visible through REST");
        assertEquals("31", Parleyctl.run(parley, "config", "get", SESSIONS, "idleMinutes").out().strip());

        Parleyctl.Run bad = Parleyctl.run(parley, "config", "set", SESSIONS, "idleMinutes=lots", "absoluteHours=2");
        assertEquals(2, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("idleMinutes='lots'") && bad.err().contains("Nothing was changed"), bad::toString);
        Parleyctl.Run unknown = Parleyctl.run(parley, "config", "set", SESSIONS, "idleMinutez=5");
        assertEquals(2, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("has no attribute 'idleMinutez'"), unknown::toString);
        Parleyctl.Run noPid = Parleyctl.run(parley, "config", "set", "org.parley.Nope", "a=1");
        assertEquals(2, noPid.exit(), noPid::toString);
        assertTrue(noPid.err().contains("No configurable PID org.parley.Nope"), noPid::toString);
        assertEquals(31, idleMinutes(), "a refused change changed something");
        JsonNode sessions = settings();
        assertNotEquals(2, sessions.path("absoluteHours").asInt(), "half of a refused change was applied");
    }

    @Test
    @Order(3)
    void drainRefusesJoinsUntilCancelled() {
        MeetingFixture meetings = MeetingFixture.of(parley);
        String meeting = meetings.createOpen("Before maintenance");
        Reply first = MeetingFixture.join(parley.api(), meeting, "{\"name\": \"Early guest\"}",
                MeetingFixture.newAddress());
        assertEquals(200, first.status(), first::toString);

        Parleyctl.Run drain = Parleyctl.run(parley, "drain", "--timeout", "1");
        assertEquals(75, drain.exit(), drain::toString);
        assertTrue(drain.out().contains("1 meeting is live."), drain::toString);
        Reply refused = MeetingFixture.join(parley.api(), meeting, "{\"name\": \"Late guest\"}",
                MeetingFixture.newAddress());
        assertEquals(503, refused.status(), refused::toString);
        assertEquals("draining", refused.json().path("code").asText());
        assertTrue(refused.json().path("detail").asText().contains("being drained for maintenance"), refused::toString);

        Parleyctl.Run cancel = Parleyctl.run(parley, "drain", "--cancel");
        assertEquals(0, cancel.exit(), cancel::toString);
        assertTrue(cancel.out().contains("Not draining"), cancel::toString);
        Reply again = MeetingFixture.join(parley.api(), meeting, "{\"name\": \"Late guest\"}",
                MeetingFixture.newAddress());
        assertEquals(200, again.status(), again::toString);
    }

    @Test
    @Order(4)
    void logsAndCheck() {
        Parleyctl.Run logs = Parleyctl.run(parley, "logs", "--lines", "5");
        assertEquals(0, logs.exit(), logs::toString);
        assertEquals(5, logs.out().lines().count(), logs::toString);
        assertTrue(logs.err().contains("journalctl -u parley"), logs::toString);

        Parleyctl.Run check = Parleyctl.run(parley, "check");
        System.out.println("[parleyctl] check on this machine:\n" + check);
        assertTrue(check.out().contains("port https      TCP " + parley.httpsPort() + " in use by Parley"),
                check::toString);
        assertTrue(check.out().contains("OK      service"), check::toString);
        assertTrue(check.out().contains(" certificate "), check::toString);
        for (String name : List.of("cpu", "memory", "disk state", "disk logs", "port mediaUdp", "dns", "clock",
            "health")) {
            assertTrue(check.out().contains(" " + name + " "), name + " missing: " + check);
        }
        assertEquals(check.out().contains("FAIL ") ? 1 : 0, check.exit(), check::toString);
    }

    @Test
    @Order(5)
    void anyoneButRootIsRefusedAndNothingIsDone() {
        List<String> nobody = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
        Parleyctl.Run status = Parleyctl.as(parley, nobody, "status");
        assertNotEquals(0, status.exit(), status::toString);
        System.out.println("[parleyctl] status as nobody: " + status);
        Parleyctl.Run set = Parleyctl.as(parley, nobody, "config", "set", SESSIONS, "idleMinutes=45");
        assertNotEquals(0, set.exit(), set::toString);
        assertEquals(31, idleMinutes(), "a non-root call changed a setting");
    }

    @Test
    @Order(6)
    void adminResetGivesANewOneTimePasswordAndEveryCallIsAudited() {
        Api oldAdmin = parley.admin();
        Parleyctl.Run reset = Parleyctl.run(parley, "admin", "reset");
        assertEquals(0, reset.exit(), reset::toString);
        assertTrue(reset.out().contains(parley.home().resolve("var/lib/initial-admin-password").toString()),
                reset::toString);
        assertEquals(401, oldAdmin.get("/api/v1/settings").status(), "the admin's session outlived the reset");

        Api admin = Accounts.signIn(parley, Accounts.firstAdmin(parley));
        assertEquals(1, audit(admin, "auth.break-glass").size());
        for (String action : List.of("admin.status", "admin.config.set", "admin.config.get", "admin.drain",
            "admin.logs", "admin.check", "admin.admin.reset")) {
            JsonNode records = audit(admin, action);
            assertTrue(records.size() > 0, action + " not audited");
            assertTrue(records.get(0).path("actor").asText().startsWith("root (uid 0, parleyctl pid "),
                    records.get(0)::toString);
        }
        JsonNode refused = audit(admin, "admin.config.set");
        assertTrue(refused.toString().contains("\"FAILURE\""), "the refused config set is not a FAILURE record");
    }

    private static JsonNode audit(Api admin, String action) {
        Reply reply = admin.get("/api/v1/audit?action=" + action);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static JsonNode settings() {
        JsonNode attributes = parley.admin().get("/api/v1/settings/" + SESSIONS).json().path("attributes");
        ObjectNode values = JSON.createObjectNode();
        attributes.forEach(a -> values.set(a.path("id").asText(), a.path("value")));
        return values;
    }

    private static int idleMinutes() {
        return settings().path("idleMinutes").asInt();
    }
}
