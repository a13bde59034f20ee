package org.parley.auth.internal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.api.Caller;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.Role;
import org.parley.auth.internal.core.ExternalIdentity;
import org.parley.auth.internal.core.RealmException;
import org.parley.auth.internal.core.SignIn;
import org.parley.auth.internal.core.UserAdmin;

/**
 * Sign-in through realms outside Parley, on Derby: a scripted directory stands in for LDAP here (the real directory
 * is tested in the ldap package on an in-memory UnboundID server and end to end on slapd); what is tested is how
 * core keeps such accounts, routes names, counts failures, audits, and ends access when the realm stops vouching.
 */
class ExternalRealmIT extends AuthFixture {

    private static final String PASSWORD = "directory-password-1";

    /** What the scripted directory answers: the identity for the right password, else a refusal. */
    private volatile ExternalIdentity directoryUser;
    private volatile boolean directoryDown;

    @BeforeEach
    void scriptedDirectory() {
        directoryUser = identity("uuid-bob", "bob", Role.MEMBER);
        directory = (username, password) -> {
            if (directoryDown) {
                throw RealmException.unavailable("The directory cannot be reached: connection refused.");
            }
            ExternalIdentity known = directoryUser;
            if (known == null || !known.username().equals(username)) {
                return Optional.empty();
            }
            if (!PASSWORD.equals(password)) {
                throw RealmException.refused("wrong password or locked");
            }
            return Optional.of(known);
        };
    }

    private static ExternalIdentity identity(String id, String name, Role... roles) {
        return new ExternalIdentity("ldap", id, name, "Bob User", name + "@example.org", Set.of(roles));
    }

    private Caller admin() {
        return new Caller("none", "local", "root-test", Set.of("admin"), Set.of("*"), "session");
    }

    @Test
    void aDirectoryUserGetsAnAccountOfItsRealmWhoseRolesFollowTheDirectoryAtEverySignIn() {
        SignIn.NewSession first = auth.signIn.signIn("Bob", PASSWORD, null, CLIENT);
        Account bob = first.account();
        assertEquals("ldap", bob.realm());
        assertEquals("uuid-bob", bob.externalId());
        assertEquals(Set.of(Role.MEMBER), bob.roles());
        assertEquals(null, bob.passwordHash(), "Parley keeps no password for it");
        assertEquals(Set.of("account:self", "meetings:join"), get(first).permissions());

        directoryUser = identity("uuid-bob", "bob", Role.HOST);
        SignIn.NewSession second = auth.signIn.signIn("bob", PASSWORD, null, CLIENT);
        assertEquals(bob.id(), second.account().id(), "the same account, found by its directory id");
        assertEquals(Set.of(Role.HOST), auth.accounts.byId(bob.id()).orElseThrow().roles());
        AuditEvent success = audit.of("auth.sign-in").get(1);
        assertEquals(Outcome.SUCCESS, success.outcome());
        assertEquals("ldap", success.details().get("realm"));
        assertEquals(1, audit.of("user.create").size());
        assertEquals(1, audit.of("user.update").size(), "the role change is audited");
    }

    @Test
    void aLocalAccountOfTheSameNameIsSignedInLocallyAndNeverAsksTheDirectory() {
        var created = auth.users.create(admin(), "bob", null, "bob@example.org", List.of("admin"), CLIENT);
        directory = (username, password) -> {
            throw new AssertionError("the directory must not be asked for a local name");
        };
        ProblemException wrong = assertThrows(ProblemException.class,
                () -> auth.signIn.signIn("bob", PASSWORD, null, CLIENT));
        assertEquals(401, wrong.status());
        SignIn.NewSession local = auth.signIn.signIn("bob", created.getValue(), null, CLIENT);
        assertEquals(Account.LOCAL, local.account().realm());
    }

    @Test
    void aRefusalLooksLikeAnyOtherButIsAuditedWithTheRealmsReasonAndCountsTowardsTheLock() {
        hasher.matches.set(0);
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> auth.signIn.signIn("nobody", PASSWORD, null, CLIENT));
        assertEquals(1, hasher.matches.get(), "a name neither Parley nor the directory knows costs one hash too");
        ProblemException wrong = assertThrows(ProblemException.class,
                () -> auth.signIn.signIn("bob", "not-the-password", null, CLIENT));
        assertEquals(unknown.status(), wrong.status());
        assertEquals(unknown.detail(), wrong.detail());
        List<AuditEvent> failures = audit.of("auth.sign-in");
        assertEquals("unknown user", failures.get(0).details().get("reason"));
        assertEquals("wrong password or locked", failures.get(1).details().get("reason"));
        for (int i = 0; i < 12; i++) {
            assertThrows(ProblemException.class, () -> auth.signIn.signIn("bob", "not-the-password", null, CLIENT));
            clock.advance(Duration.ofSeconds(31));
        }
        directory = (username, password) -> {
            throw new AssertionError("a locked name is not tried against the directory");
        };
        assertEquals(401, assertThrows(ProblemException.class,
                () -> auth.signIn.signIn("bob", PASSWORD, null, CLIENT)).status());
        assertFalse(audit.of("auth.lock").isEmpty());
    }

    @Test
    void aDirectoryThatCannotBeReachedIsA503ThatSaysSoWhileLocalAccountsStillSignIn() {
        var created = auth.users.create(admin(), "root2", null, "r@example.org", List.of("member"), CLIENT);
        directoryDown = true;
        ProblemException down = assertThrows(ProblemException.class,
                () -> auth.signIn.signIn("bob", PASSWORD, null, CLIENT));
        assertEquals(503, down.status());
        assertTrue(down.detail().contains("cannot be reached"), down.detail());
        assertTrue(audit.of("auth.sign-in").get(0).details().get("reason").startsWith("directory unavailable"));
        assertEquals("root2", auth.signIn.signIn("root2", created.getValue(), null, CLIENT).account().username());
    }

    @Test
    void anAccountAnAdminDisabledInParleyStaysOutWhateverTheDirectorySays() {
        Account bob = auth.signIn.signIn("bob", PASSWORD, null, CLIENT).account();
        auth.users.change(admin(), bob.id(), new UserAdmin.Change(null, true, null, null), CLIENT);
        assertEquals(401, assertThrows(ProblemException.class,
                () -> auth.signIn.signIn("bob", PASSWORD, null, CLIENT)).status());
        assertEquals("disabled in Parley", audit.of("auth.sign-in").get(1).details().get("reason"));
    }

    @Test
    void revokeEndsEverySessionAndTokenAndIsAudited() {
        SignIn.NewSession session = auth.signIn.signIn("bob", PASSWORD, null, CLIENT);
        Caller bob = get(session);
        var token = auth.access.createToken(bob, "ci", Instant.ofEpochMilli(clock.millis()).plus(Duration.ofDays(1)),
                List.of("meetings:join"), CLIENT);
        auth.external.revoke(session.account(), "removed from the directory");
        assertEquals(401, assertThrows(ProblemException.class, () -> get(session)).status());
        assertEquals(401, assertThrows(ProblemException.class,
                () -> auth.authentication.authenticate(bearer("GET", token.token()))).status());
        AuditEvent revoke = audit.of("auth.realm.revoke").get(0);
        assertEquals(Map.of("realm", "ldap", "reason", "removed from the directory", "ended", "2"), revoke.details());
        assertEquals(List.of(session.account().id()), auth.external.inRealm("ldap").stream().map(Account::id)
                .toList(), "the account stays for the audit trail");
    }

    @Test
    void aSingleSignOnAccountNeverNeedsParleyTotpAndHasNoParleyPassword() {
        ExternalIdentity alice = new ExternalIdentity("saml-test", "alice@idp", "alice", "Alice Admin",
                "alice@example.org", Set.of(Role.ADMIN));
        SignIn.NewSession session = auth.external.signIn(alice, CLIENT);
        Caller caller = get(session);
        assertTrue(caller.permits("users:write"), "an SSO admin is a full admin at once: the IdP did the MFA");
        ProblemException change = assertThrows(ProblemException.class,
                () -> auth.self.changePassword(caller, "x", "a-new-password-that-is-long", CLIENT));
        assertEquals(409, change.status());
        assertTrue(change.detail().contains("single sign-on provider"), change.detail());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> auth.users.resetPassword(admin(), session.account().id(), CLIENT)).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> auth.self.startTotp(caller)).status());
    }
}
