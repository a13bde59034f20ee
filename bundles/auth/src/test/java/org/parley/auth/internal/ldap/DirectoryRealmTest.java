package org.parley.auth.internal.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.api.health.HealthResult;
import org.parley.auth.internal.account.Role;
import org.parley.auth.internal.core.ExternalIdentity;
import org.parley.auth.internal.core.RealmException;

/** Sign-in against the in-memory directory over TLS: binds, groups in every mode, refusals, injection, outages. */
class DirectoryRealmTest {

    @RegisterExtension
    static final TestDirectory directory = TestDirectory.started();

    private static DirectoryRealm realm(Object... overrides) {
        return new DirectoryRealm(directory.settings(overrides));
    }

    private static String refusal(DirectoryRealm realm, String username, String password) {
        RealmException e = assertThrows(RealmException.class, () -> realm.authenticate(username, password));
        assertFalse(e.unavailable(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void signsInByBindingAsTheUserAndMapsMemberOfGroupsToRoles() {
        ExternalIdentity alice = realm().authenticate("alice", "alice-pw").orElseThrow();
        assertEquals("ldap", alice.realm());
        assertEquals("alice", alice.username());
        assertEquals("Alice Admin", alice.displayName());
        assertEquals("alice@example.org", alice.email());
        assertEquals(Set.of(Role.ADMIN, Role.MEMBER), alice.roles());
        assertTrue(alice.externalId().matches("[0-9a-f-]{36}"), "entryUUID, not the DN: " + alice.externalId());
        assertEquals(Set.of(Role.MEMBER), realm().authenticate("bob", "bob-pw").orElseThrow().roles());
    }

    @Test
    void startTlsServesSignInToo() {
        assertEquals("bob", realm("urls", directory.startTlsUrl()).authenticate("bob", "bob-pw").orElseThrow()
                .username());
    }

    @Test
    void wrongPasswordIsRefused() {
        assertEquals("wrong password or locked", refusal(realm(), "alice", "bob-pw"));
    }

    @Test
    void emptyPasswordIsRefusedWithoutAskingTheDirectory() throws Exception {
        assertEquals("empty password", refusal(realm(), "alice", ""));
        String closed = "ldaps://localhost:" + DirectoryConnectorTest.closedPort();
        assertEquals("empty password", refusal(realm("urls", closed), "alice", ""), "refused before any connection");
    }

    @Test
    void unknownUserIsNotInTheRealm() {
        assertEquals(Optional.empty(), realm().authenticate("mallory", "x"));
    }

    @Test
    void disabledFilterRefusesAUserWhosePasswordIsRight() {
        assertEquals("disabled in the directory", refusal(realm(), "carol", "carol-pw"));
        assertEquals(Set.of(Role.MEMBER), realm("disabledFilter", "").authenticate("carol", "carol-pw")
                .orElseThrow().roles());
    }

    @Test
    void userInNoMappedGroupIsRefused() {
        assertEquals("in no mapped group", refusal(realm(), "dave", "dave-pw"));
    }

    @Test
    void memberModeSearchesGroupsWithTheUsersDn() {
        DirectoryRealm realm = realm("groupSearch", "member");
        assertEquals(Set.of(Role.ADMIN, Role.MEMBER), realm.authenticate("alice", "alice-pw").orElseThrow().roles());
        assertEquals("in no mapped group", refusal(realm, "erin", "erin-pw"), "member mode sees direct groups only");
    }

    @Test
    void nestedModeUsesTheInChainRuleAndFindsEnclosingGroups() {
        ExternalIdentity erin = realm("groupSearch", "nested").authenticate("erin", "erin-pw").orElseThrow();
        assertEquals(Set.of(Role.HOST), erin.roles());
        assertEquals("(member:1.2.840.113556.1.4.1941:=uid=erin,ou=people,dc=example,dc=org)",
                directory.nestedFilters().get(directory.nestedFilters().size() - 1));
    }

    @Test
    void groupDnsAreComparedAsDns() {
        DirectoryRealm realm = realm("roleMapping",
                new String[] {"auditor=CN=Meeting-Admins, OU=Groups,DC=Example,DC=ORG"});
        assertEquals(Set.of(Role.AUDITOR), realm.authenticate("alice", "alice-pw").orElseThrow().roles());
    }

    @Test
    void filterInjectionFindsNobody() {
        DirectoryRealm realm = realm();
        for (String name : List.of("*)(uid=*", "admin)(|(uid=*", "*", "alice)(uid=bob", "al*")) {
            assertEquals(Optional.empty(), realm.authenticate(name, "alice-pw"), name);
        }
        DirectoryQueries queries = realm.directory().queries();
        assertEquals("(&(objectClass=inetOrgPerson)(uid=\\2a\\29\\28uid=\\2a))",
                queries.userFilter("*)(uid=*").toString());
    }

    @Test
    void unreachableDirectoryIsUnavailableAndTheHealthSaysWhy() throws Exception {
        DirectoryRealm realm = realm("urls", "ldaps://localhost:" + DirectoryConnectorTest.closedPort());
        RealmException e = assertThrows(RealmException.class, () -> realm.authenticate("alice", "alice-pw"));
        assertTrue(e.unavailable());
        assertEquals(DirectoryRealm.UNREACHABLE, e.getMessage());
        HealthResult health = realm.status().health(true);
        assertEquals(HealthResult.Status.WARN, health.status());
        assertTrue(health.detail().contains("connection refused"), health.detail());
    }

    @Test
    void failsOverToTheSecondServer() throws Exception {
        DirectoryRealm realm = realm("urls", new String[] {"ldaps://localhost:" + DirectoryConnectorTest.closedPort(),
            directory.ldapsUrl()});
        assertEquals("alice", realm.authenticate("alice", "alice-pw").orElseThrow().username());
        assertEquals(HealthResult.Status.UP, realm.status().health(true).status());
    }

    @Test
    void switchedOffRealmAnswersNobody() {
        assertEquals(Optional.empty(), realm("enabled", false).authenticate("alice", "alice-pw"));
        assertNotEquals(HealthResult.Status.WARN, realm("enabled", false).status().health(false).status());
    }
}
