package org.parley.auth.internal.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.api.health.HealthResult;
import org.parley.audit.api.AuditEvent;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.Role;
import org.parley.auth.internal.core.AuthCore;
import org.parley.auth.internal.it.AuthFixture;

/**
 * The periodic re-check on a real account database (Derby) and the in-memory directory: users signed in through
 * the real sign-in path, then changed in the directory; the re-check runs when the test clock says it is due.
 */
class DirectoryRecheckTest extends AuthFixture {

    private static final String REVOKE = "auth.realm.revoke";

    private TestDirectory ldap;
    private DirectoryRealm realm;
    private DirectoryRecheck recheck;

    @BeforeEach
    void startDirectory() throws Exception {
        ldap = new TestDirectory();
        realm = new DirectoryRealm(ldap.settings());
        directory = realm;
        recheck = new DirectoryRecheck(realm, new AuthCore(auth), clock);
    }

    @AfterEach
    void stopDirectory() {
        ldap.close();
    }

    private Account account(String username) {
        return auth.accounts.byUsername("ldap", username).orElseThrow();
    }

    private boolean hasSessions(String username) {
        return !auth.sessions.ofAccount(account(username).id()).isEmpty();
    }

    @Test
    void revokesRemovedAndDisabledUsersWhenDueAndUpdatesTheRolesOfTheOthers() throws Exception {
        ldap.server.modify("uid=dave," + TestDirectory.PEOPLE, new Modification(ModificationType.REPLACE, "memberOf",
                TestDirectory.USERS));
        for (String name : new String[] {"alice", "bob", "dave"}) {
            auth.signIn.signIn(name, name + "-pw", null, CLIENT);
        }
        ldap.server.delete("uid=bob," + TestDirectory.PEOPLE);
        ldap.server.modify("uid=alice," + TestDirectory.PEOPLE, new Modification(ModificationType.ADD,
                "pwdAccountLockedTime", "20260301090000Z"));
        ldap.server.modify("uid=dave," + TestDirectory.PEOPLE, new Modification(ModificationType.REPLACE, "memberOf",
                TestDirectory.ADMINS));

        clock.advance(Duration.ofMinutes(14));
        recheck.tick();
        assertTrue(audit.of(REVOKE).isEmpty(), "not due before recheckMinutes have passed on the clock");
        assertTrue(hasSessions("bob"));

        clock.advance(Duration.ofMinutes(1));
        recheck.tick();
        Map<String, String> reasons = audit.of(REVOKE).stream()
                .collect(Collectors.toMap(AuditEvent::target, event -> event.details().get("reason")));
        assertEquals(Map.of("alice", "disabled in the directory", "bob", "removed from the directory"), reasons);
        assertFalse(hasSessions("alice"));
        assertFalse(hasSessions("bob"));
        assertTrue(hasSessions("dave"));
        assertEquals(Set.of(Role.ADMIN), account("dave").roles());
    }

    @Test
    void userLeavingEveryMappedGroupIsRevoked() throws Exception {
        auth.signIn.signIn("bob", "bob-pw", null, CLIENT);
        ldap.server.modify("uid=bob," + TestDirectory.PEOPLE, new Modification(ModificationType.DELETE, "memberOf"));
        clock.advance(Duration.ofMinutes(15));
        recheck.tick();
        assertEquals("in no mapped group", audit.of(REVOKE).get(0).details().get("reason"));
        assertFalse(hasSessions("bob"));
    }

    @Test
    void directoryDownKeepsSessionsAndWarns() {
        auth.signIn.signIn("bob", "bob-pw", null, CLIENT);
        ldap.close();
        clock.advance(Duration.ofMinutes(15));
        recheck.tick();
        assertTrue(audit.of(REVOKE).isEmpty());
        assertTrue(hasSessions("bob"));
        assertEquals(HealthResult.Status.WARN, realm.status().health(true).status());
    }
}
