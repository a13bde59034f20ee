package org.parley.auth.internal.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.api.rest.ProblemException;

/** The console's "test connection" and "look up user" against the in-memory directory. */
class DirectoryResourceTest {

    @RegisterExtension
    static final TestDirectory directory = TestDirectory.started();
    private static final DirectoryResource resource = new DirectoryResource(new DirectoryRealm(directory.settings()));

    @Test
    void testReportsEachServerWithAProblemAPersonCanActOn() throws Exception {
        String closed = "ldaps://localhost:" + DirectoryConnectorTest.closedPort();
        DirectoryBodies.ConnectionTest test = resource.test(Map.of("urls", List.of(directory.ldapsUrl(), closed,
                directory.wrongHostUrl(), directory.startTlsUrl()), "bindPassword", TestDirectory.SERVICE_PASSWORD));
        assertFalse(test.ok());
        List<DirectoryBodies.ServerReport> servers = test.servers();
        assertEquals(new DirectoryBodies.ServerReport(directory.ldapsUrl(), true, true, true, null), servers.get(0));
        assertEquals(new DirectoryBodies.ServerReport(closed, false, false, false, "connection refused"),
                servers.get(1));
        assertTrue(servers.get(2).reachable());
        assertFalse(servers.get(2).tls());
        assertTrue(servers.get(2).problem().startsWith("host name 127.0.0.2 does not match"));
        assertTrue(servers.get(3).bind());
    }

    @Test
    void testWithTheSavedSettingsAndAWrongPassword() {
        assertTrue(resource.test(null).ok());
        DirectoryBodies.ServerReport report = resource.test(Map.of("bindPassword", "wrong")).servers().get(0);
        assertEquals(new DirectoryBodies.ServerReport(directory.ldapsUrl(), true, true, false,
                "bind refused: invalid credentials for " + TestDirectory.SERVICE_DN), report);
    }

    @Test
    void theSavedPasswordIsNeverSentToOtherServers() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> resource.test(Map.of("urls", List.of("ldaps://elsewhere.example.net"))));
        assertEquals(422, e.status());
        assertEquals("bindPassword", e.field());
        e = assertThrows(ProblemException.class, () -> resource.test(Map.of("bindDn", "cn=other,dc=example,dc=org")));
        assertEquals("bindPassword", e.field());
    }

    @Test
    void lookupShowsWhatSignInWouldMakeOfTheUser() {
        DirectoryBodies.LookupResult alice = resource.lookup(new DirectoryBodies.LookupRequest("alice"));
        assertTrue(alice.found());
        assertEquals("uid=alice," + TestDirectory.PEOPLE, alice.dn());
        assertEquals(List.of(TestDirectory.ADMINS, TestDirectory.USERS), alice.groups());
        assertEquals(List.of("admin", "member"), alice.roles());
        assertNull(alice.problem());
        DirectoryBodies.LookupResult carol = resource.lookup(new DirectoryBodies.LookupRequest("carol"));
        assertTrue(carol.disabled());
        assertEquals("Cannot sign in: disabled in the directory.", carol.problem());
        assertFalse(resource.lookup(new DirectoryBodies.LookupRequest("*")).found());
    }

    @Test
    void lookupNeedsANameAndAConfiguredDirectory() {
        assertEquals("username", assertThrows(ProblemException.class,
                () -> resource.lookup(new DirectoryBodies.LookupRequest(" "))).field());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> new DirectoryResource(null).lookup(new DirectoryBodies.LookupRequest("alice"))).status());
        Map<String, Object> settings = new HashMap<>(directory.settings("urls", "ldaps://localhost:1"));
        DirectoryBodies.LookupResult down = new DirectoryResource(new DirectoryRealm(settings))
                .lookup(new DirectoryBodies.LookupRequest("alice"));
        assertTrue(down.problem().startsWith("The directory cannot be reached: ldaps://localhost:1: connection "
                + "refused"), down.problem());
    }
}
