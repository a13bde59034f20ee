package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Sign-in with the real OpenLDAP of {@code tools/test-servers} (ldaps with a test CA): users get the role their group
 * maps to, every refusal looks like a wrong password, user names cannot inject filters, an untrusted certificate is
 * named in the console's connection test, a stopped slapd answers 503 for its users while the local admin still signs
 * in, and the periodic re-check (on the test clock) ends what a user locked in the directory still held. The core of
 * it again on PostgreSQL. Boots its own appliance: it moves the clock and stops the directory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectorySignInIT {

    static final String PID = "org.parley.auth.Directory";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final OwnAppliance PARLEY = new OwnAppliance();

    private static TestServers.Ldap ldap;
    /** Nothing listens here: the first server of the list, so every request fails over to the second. */
    private static String deadUrl;

    @BeforeAll
    static void pointParleyAtTheDirectory() {
        ldap = TestServers.ldap();
        deadUrl = "ldaps://127.0.0.1:" + Appliance.freePort();
        connect(parley(), List.of(deadUrl, ldap.ldapsUrl()));
    }

    @Test
    @Order(1)
    void directoryUsersGetTheRoleTheirGroupMapsTo() {
        coreScenario(parley());
        JsonNode bob = user(parley(), "bob");
        assertEquals("ldap", bob.path("realm").asText(), bob::toString);
        assertEquals("bob@example.org", bob.path("email").asText(), bob::toString);
        JsonNode audited = Accounts.audit(parley(), "auth.sign-in", "bob").stream()
                .filter(r -> r.path("outcome").asText().equals("SUCCESS")).findFirst()
                .orElseThrow(() -> new AssertionError("no audited sign-in of bob"));
        assertEquals("ldap", audited.path("details").path("realm").asText(), audited::toString);
    }

    /** The stored settings hold the service account's password: only Parley's own user and group may read them. */
    @Test
    @Order(1)
    void theStoredBindPasswordIsNotReadableByOtherUsers() throws java.io.IOException {
        java.nio.file.Path home = parley().home();
        for (java.nio.file.Path stored : List.of(home.resolve("var/lib/config/org/parley/auth/Directory.config"),
                home.resolve("var/lib/config-last-valid/" + PID + ".properties"))) {
            if (java.nio.file.Files.exists(stored)) {
                Set<java.nio.file.attribute.PosixFilePermission> permissions =
                        java.nio.file.Files.getPosixFilePermissions(stored);
                assertFalse(permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                        stored + " is readable by every user: " + permissions);
            }
        }
        assertTrue(java.nio.file.Files.exists(home.resolve("var/lib/config/org/parley/auth/Directory.config")),
                "ConfigAdmin keeps the console's settings there");
    }

    @Test
    @Order(2)
    void aLockedUserAWrongPasswordAUserInNoGroupAndInjectedNamesAreRefusedAlike() {
        Reply wrong = Accounts.attempt(parley(), "bob", "not-bobs-password", null, Map.of());
        assertEquals(401, wrong.status(), wrong::toString);
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("carol", "carol-pw");                    // locked by ppolicy: her bind fails
        refused.put("erin", "erin-pw");                      // right password, in no mapped group
        refused.put("nobody-here", "whatever-pw");           // in neither Parley nor the directory
        // Injection: unescaped, each of these would find alice (or everyone) and bind with her password.
        for (String name : List.of("al*", "*", "alice)(uid=*", "*)(|(uid=*", "alice)(|(objectClass=*",
                TestServers.Ldap.userDn("alice"), "(uid=alice)")) {
            refused.put(name, "alice-pw");
        }
        refused.forEach((name, password) -> {
            Reply reply = Accounts.attempt(parley(), name, password, null, Map.of());
            assertEquals(401, reply.status(), name + ": " + reply);
            assertEquals(wrong.body(), reply.body(), name + " is refused exactly like a wrong password");
        });
        for (String name : List.of("carol", "erin")) {
            assertTrue(Accounts.audit(parley(), "auth.sign-in", name).stream()
                    .anyMatch(r -> r.path("outcome").asText().equals("FAILURE")
                            && !r.path("details").path("reason").asText().isBlank()),
                    "the refusal of " + name + " is audited with a reason");
        }
        JsonNode star = lookup(parley(), "*");
        assertFalse(star.path("found").asBoolean(), "a look-up of * finds nobody: " + star);
    }

    /**
     * OpenLDAP has no AD "in chain" matching rule, and its memberof overlay does not nest; the fixture computes
     * {@code memberOf} with the dynlist overlay, which follows nested groups. So dave (clinic-staff, a member of
     * meeting-hosts) is a host through {@code memberOf}, while a search of groups by {@code member} sees only his
     * direct group.
     */
    @Test
    @Order(3)
    void aNestedGroupCountsThroughMemberOfButNotThroughADirectMemberSearch() {
        JsonNode dave = lookup(parley(), "dave");
        assertTrue(dave.path("found").asBoolean(), dave::toString);
        assertEquals(TestServers.Ldap.userDn("dave"), dave.path("dn").asText().toLowerCase(), dave::toString);
        assertTrue(texts(dave.path("groups")).stream().anyMatch(g -> g.equalsIgnoreCase(
                TestServers.Ldap.groupDn("meeting-hosts"))), "the nested group is found: " + dave);
        assertEquals(List.of("host"), texts(dave.path("roles")), dave::toString);
        try {
            configure(parley(), Map.of("groupSearch", "member"));
            Await.until("a member search sees only dave's direct group",
                    () -> texts(lookup(parley(), "dave").path("roles")).isEmpty());
            JsonNode direct = lookup(parley(), "dave");
            assertTrue(texts(direct.path("groups")).stream().anyMatch(g -> g.equalsIgnoreCase(
                    TestServers.Ldap.groupDn("clinic-staff"))), direct::toString);
            assertEquals(401, Accounts.attempt(parley(), "dave", "dave-pw", null, Map.of()).status(),
                    "in no mapped group as far as a member search sees");
            assertEquals(List.of("member"), texts(lookup(parley(), "bob").path("roles")), "direct groups still count");
        } finally {
            configure(parley(), Map.of("groupSearch", "memberOf"));
        }
        Await.until("memberOf counts the nested group again",
                () -> texts(lookup(parley(), "dave").path("roles")).equals(List.of("host")));
        assertEquals(200, Accounts.attempt(parley(), "dave", "dave-pw", null, Map.of()).status());
    }

    @Test
    @Order(4)
    void theConnectionTestReportsEachServerAndNamesTheIssuerOfAnUntrustedCertificate() {
        JsonNode test = connectionTest(parley(), "");
        assertFalse(test.path("ok").asBoolean(), "one of the two servers is down: " + test);
        JsonNode dead = server(test, deadUrl);
        assertFalse(dead.path("reachable").asBoolean(), dead::toString);
        assertFalse(dead.path("problem").asText().isBlank(), "a reason a person can act on: " + dead);
        assertTrue(trusted(test), "the ldaps server: " + test);
        // Another server than the saved ones gets the bind password only when the request carries it.
        JsonNode startTls = connectionTest(parley(), "{\"urls\": [\"" + ldap.ldapUrl() + "\"], "
                + "\"bindPassword\": \"parley-bind-pw\"}");
        assertTrue(startTls.path("ok").asBoolean(), "StartTLS: " + startTls);
        assertTrue(server(startTls, ldap.ldapUrl()).path("tls").asBoolean(), startTls::toString);

        try {
            configure(parley(), Map.of("caCertificates", ldap.otherCaPem()));
            Await.until("only the other CA is trusted", () -> !trusted(connectionTest(parley(), "")));
            JsonNode untrusted = server(connectionTest(parley(), ""), ldap.ldapsUrl());
            assertTrue(untrusted.path("reachable").asBoolean(), untrusted::toString);
            assertFalse(untrusted.path("tls").asBoolean(), untrusted::toString);
            assertFalse(untrusted.path("bind").asBoolean(), untrusted::toString);
            assertTrue(untrusted.path("problem").asText().contains("Parley Test LDAP CA"),
                    "the problem names the issuer the appliance does not trust: " + untrusted);
            assertNotEquals(200, Accounts.attempt(parley(), "dave", "dave-pw", null, Map.of()).status(),
                    "no sign-in over a connection whose certificate is not trusted");
        } finally {
            configure(parley(), Map.of("caCertificates", ldap.caPem()));
        }
        Await.until("the test CA is trusted again", () -> trusted(connectionTest(parley(), "")));
    }

    /** Whether the ldaps server of the fixture was reached, secured and took the bind. */
    private static boolean trusted(JsonNode test) {
        JsonNode ldaps = server(test, ldap.ldapsUrl());
        return ldaps.path("reachable").asBoolean() && ldaps.path("tls").asBoolean() && ldaps.path("bind").asBoolean();
    }

    @Test
    @Order(5)
    void aStoppedDirectoryAnswers503ForItsUsersWhileTheLocalAdminSignsInAndHealthWarns() {
        ldap.stop();
        try {
            Reply down = Accounts.attempt(parley(), "bob", "bob-pw", null, Map.of());
            assertEquals(503, down.status(), down::toString);
            assertTrue(down.json().path("detail").asText().toLowerCase().contains("directory"),
                    "the detail says what is wrong: " + down);
            parley().signInAdminAgain();
            Await.until("health warns about the directory", () -> "WARN".equals(directoryHealth()));
            assertEquals(200, parley().api().get("/api/v1/health").status(), "a directory outage is not fatal");
        } finally {
            ldap.startAgain();
        }
        assertEquals(200, Accounts.attempt(parley(), "bob", "bob-pw", null, Map.of()).status(), "back again");
        assertEquals("UP", directoryHealth(), "health follows the last contact");
    }

    @Test
    @Order(6)
    void theRecheckEndsSessionsAndTokensOfAUserLockedInTheDirectory() {
        Api bob = signIn(parley(), "bob");
        Api bobsToken = token(parley(), bob);
        Api davesToken = token(parley(), signIn(parley(), "dave"));
        ldap.lock("bob", true);
        try {
            Accounts.advance(parley(), 16 * 60);
            // The re-check runs at the first once-a-minute tick after the clock has passed recheckMinutes.
            Await.until("the re-check revokes bob's token", Duration.ofSeconds(90),
                    () -> bobsToken.get("/api/v1/account").status() == 401);
            assertEquals(401, bob.get("/api/v1/account").status(), "bob's session ended");
            assertEquals(200, davesToken.get("/api/v1/account").status(), "dave is still vouched for");
            assertEquals(401, Accounts.attempt(parley(), "bob", "bob-pw", null, Map.of()).status());
            assertFalse(Accounts.audit(parley(), "auth.realm.revoke", "bob").isEmpty(), "the revocation is audited");
        } finally {
            ldap.lock("bob", false);
        }
    }

    @Test
    @Order(7)
    void bobSignsInThroughTheSignInPage() {
        signInThroughThePage(parley(), "bob", "member");
    }

    /** Types the directory user's name and password into the sign-in page and checks the role the account got. */
    private static void signInThroughThePage(Appliance parley, String user, String role) {
        try (Chromium browser = new Chromium()) {
            browser.open("https://127.0.0.1:" + parley.httpsPort() + "/sign-in");
            browser.visible("username").sendKeys(user);
            browser.visible("password").sendKeys(user + "-pw", Keys.ENTER);
            browser.await(ExpectedConditions.textToBe(By.id("who-name"), user));
            assertTrue(browser.driver().getCurrentUrl().contains("/account"), browser.driver().getCurrentUrl());
        }
        assertTrue(texts(user(parley, user).path("roles")).contains(role), user + " is a " + role);
    }

    @Test
    @Order(8)
    void theSameOnPostgreSql() throws Exception {
        try (PostgresDatabase database = new PostgresDatabase();
                Appliance parley = Appliance.boot(Map.of("org.parley.store.Database.cfg",
                        database.settingsFile(PostgresDatabase.PORT)))) {
            connect(parley, List.of(ldap.ldapsUrl()));
            coreScenario(parley);
            assertEquals("ldap", user(parley, "dave").path("realm").asText());
            signInThroughThePage(parley, "bob", "member");
        }
    }

    /**
     * The directory set up the way the README shows for a settings file: every value quoted (FileInstall then reads
     * the lists as lists), the CA on one line, a dead server before slapd in the fail-over order.
     */
    @Test
    @Order(9)
    void aSettingsFileWithListsAndAOneLineCaWorks() {
        Map<String, Object> settings = settings(List.of("ldaps://127.0.0.1:" + Appliance.freePort(), ldap.ldapsUrl()),
                ldap.caPem().replace("\n", ""));
        StringBuilder file = new StringBuilder();
        settings.forEach((name, value) -> file.append(name).append(" = ").append(value instanceof List<?> list
                ? list.stream().map(item -> Session.quote(item.toString())).collect(Collectors.joining(", ", "[ ", " ]"))
                : Session.quote(value.toString())).append('\n'));
        try (Appliance parley = Appliance.boot(Map.of(PID + ".cfg", file.toString()))) {
            Await.until("the directory from the file finds bob", () -> {
                Reply reply = lookupReply(parley, "bob");
                return reply.status() == 200 && reply.json().path("found").asBoolean();
            });
            Reply alice = Accounts.attempt(parley, "alice", "alice-pw", null, Map.of());
            assertEquals(200, alice.status(), alice::toString);
            assertEquals(Set.of("admin", "member"), Set.copyOf(texts(alice.json().path("roles"))), alice::toString);
        }
    }

    /** alice is an admin (and member) who must enrol TOTP, bob a member, dave a host (nested); erin is refused. */
    private static void coreScenario(Appliance parley) {
        Reply alice = Accounts.attempt(parley, "alice", "alice-pw", null, Map.of());
        assertEquals(200, alice.status(), alice::toString);
        assertTrue(alice.json().path("mfaEnrolmentRequired").asBoolean(), "admins must enrol TOTP: " + alice);
        // alice is in meeting-admins and meeting-users: she holds both roles.
        assertEquals(Set.of("admin", "member"), Set.copyOf(texts(alice.json().path("roles"))), alice::toString);
        assertEquals(Set.of("admin", "member"), Set.copyOf(texts(account(parley, alice).path("roles"))));
        for (String[] expected : new String[][] {{"bob", "member"}, {"dave", "host"}}) {
            Reply reply = Accounts.attempt(parley, expected[0], expected[0] + "-pw", null, Map.of());
            assertEquals(200, reply.status(), expected[0] + ": " + reply);
            assertFalse(reply.json().path("mfaEnrolmentRequired").asBoolean(), reply::toString);
            JsonNode account = account(parley, reply);
            assertEquals(List.of(expected[1]), texts(account.path("roles")), account::toString);
        }
        assertEquals(401, Accounts.attempt(parley, "erin", "erin-pw", null, Map.of()).status(), "erin: no group");
    }

    /** The directory settings of the fixture: its bind account, people and groups, the ppolicy lock, the roles. */
    private static Map<String, Object> settings(List<String> urls, String caPem) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("enabled", true);
        settings.put("urls", urls);
        settings.put("caCertificates", caPem);
        settings.put("bindDn", "cn=parley,ou=services," + TestServers.BASE_DN);
        settings.put("bindPassword", "parley-bind-pw");
        settings.put("userBase", "ou=people," + TestServers.BASE_DN);
        settings.put("userFilter", "(&(objectClass=inetOrgPerson)(uid={0}))");
        settings.put("groupSearch", "memberOf");
        settings.put("groupBase", "ou=groups," + TestServers.BASE_DN);
        settings.put("disabledFilter", "(pwdAccountLockedTime=*)");
        settings.put("roleMapping", List.of("admin=" + TestServers.Ldap.groupDn("meeting-admins"),
                "member=" + TestServers.Ldap.groupDn("meeting-users"),
                "host=" + TestServers.Ldap.groupDn("meeting-hosts")));
        settings.put("recheckMinutes", 15);
        return settings;
    }

    /** Changes directory settings as the admin (the callers wait for the effect they expect). */
    private static void configure(Appliance parley, Map<String, Object> change) {
        Reply reply = Accounts.liveAdmin(parley).send("/api/v1/settings/" + PID, "PATCH", json(change),
                "application/json");
        assertEquals(200, reply.status(), reply::toString);
    }

    /** Sets the fixture's directory up and waits until Parley finds bob in it. */
    private static void connect(Appliance parley, List<String> urls) {
        configure(parley, settings(urls, ldap.caPem()));
        Await.until("the directory finds bob", () -> {
            Reply reply = lookupReply(parley, "bob");
            return reply.status() == 200 && reply.json().path("found").asBoolean();
        });
    }

    private static JsonNode lookup(Appliance parley, String username) {
        return Accounts.expect(200, lookupReply(parley, username)).json();
    }

    private static Reply lookupReply(Appliance parley, String username) {
        return Accounts.liveAdmin(parley).post("/api/v1/directory/lookup",
                "{\"username\": " + Session.quote(username) + "}");
    }

    private static JsonNode connectionTest(Appliance parley, String overrides) {
        return Accounts.expect(200, Accounts.liveAdmin(parley).post("/api/v1/directory/test", overrides)).json();
    }

    private static JsonNode server(JsonNode test, String url) {
        for (JsonNode server : test.path("servers")) {
            if (url.equals(server.path("url").asText())) {
                return server;
            }
        }
        throw new AssertionError("no result for " + url + " in " + test);
    }

    private static String directoryHealth() {
        return parley().api().get("/api/v1/health").json().path("components").path("directory").path("status")
                .asText();
    }

    private static Api signIn(Appliance parley, String uid) {
        return Session.signIn(parley.api(), uid, uid + "-pw", null);
    }

    private static JsonNode account(Appliance parley, Reply signIn) {
        return Accounts.expect(200, parley.api().with(Session.headers(signIn)).get("/api/v1/account")).json();
    }

    /** A bearer client with a fresh API token of the signed-in account (expiring in a day of test clock). */
    private static Api token(Appliance parley, Api session) {
        Reply created = Accounts.expect(201, session.post("/api/v1/account/tokens", "{\"name\": \"recheck\", "
                + "\"expiresAt\": \"" + Accounts.now(parley).plusSeconds(86_400) + "\", "
                + "\"permissions\": [\"account:self\"]}"));
        return parley.api().with(Map.of("Authorization", "Bearer " + created.json().path("token").asText()));
    }

    private static JsonNode user(Appliance parley, String username) {
        return Accounts.expect(200, Accounts.liveAdmin(parley).get("/api/v1/users/"
                + Accounts.userId(parley, username))).json();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Appliance parley() {
        return PARLEY.get();
    }
}
