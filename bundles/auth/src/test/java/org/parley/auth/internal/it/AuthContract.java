package org.parley.auth.internal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.api.Caller;
import org.parley.api.rest.ProblemException;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.breakglass.ResetAdmin;
import org.parley.auth.internal.core.SignIn;
import org.parley.auth.internal.core.UserAdmin;
import org.parley.auth.internal.crypto.Base32;
import org.parley.auth.internal.mfa.Totp;

/** The auth services' behaviour, run on each database by a subclass. */
abstract class AuthContract extends AuthFixture {

    static final String GOOD = "violet-harbour-lantern-42";

    private Caller admin() {
        return new Caller("none", "local", "root-test", Set.of("admin"), Set.of("*"), "session");
    }

    private Account createUser(String name, String... roles) {
        var created = auth.users.create(admin(), name, null, name + "@example.org", List.of(roles), CLIENT);
        return auth.accounts.byId(created.getKey().id()).orElseThrow();
    }

    /** A user with its own password (no change due) and no MFA. */
    private Account readyUser(String name, String... roles) {
        Account account = createUser(name, roles);
        auth.accounts.update(account.withPassword(hasher.hash(GOOD), false));
        return auth.accounts.byId(account.id()).orElseThrow();
    }

    private ProblemException refused(String name, String password, String code) {
        return assertThrows(ProblemException.class, () -> auth.signIn.signIn(name, password, code, CLIENT));
    }

    @Test
    void firstRunCreatesAdminWritesA0600FileAndDeletesItOncePasswordAndMfaAreDone() throws Exception {
        assertTrue(auth.firstRun.ensureAdmin(auth.audit));
        assertFalse(auth.firstRun.ensureAdmin(auth.audit), "only on an empty database");
        var file = varLib.resolve("initial-admin-password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String password = Files.readString(file).strip();
        SignIn.NewSession session = auth.signIn.signIn("admin", password, null, CLIENT);
        Caller restricted = get(session);
        assertEquals(Set.of("account:self"), restricted.permissions(), "only its own account until both are done");
        auth.self.changePassword(restricted, password, GOOD, CLIENT);
        assertTrue(Files.exists(file), "MFA is still due");
        assertEquals(Set.of("account:self"), get(session).permissions());
        var offer = auth.self.startTotp(restricted);
        List<String> codes = auth.self.confirmTotp(restricted, Totp.code(Base32.decode(offer.secret()), clock.now()),
                CLIENT);
        assertEquals(10, codes.size());
        assertFalse(Files.exists(file), "deleted once both are done");
        assertTrue(get(session).permits("users:write"), "now a full admin");
        assertEquals(1, audit.of("auth.first-run").size());
    }

    @Test
    void signInGivesANewSessionEveryTimeAndSignOutEndsIt() {
        readyUser("alice", "member");
        SignIn.NewSession first = auth.signIn.signIn("Alice", GOOD, null, CLIENT);
        SignIn.NewSession second = auth.signIn.signIn("alice", GOOD, null, CLIENT);
        assertNotEquals(first.cookie(), second.cookie(), "fixation: a new id at each sign-in");
        assertNotEquals(first.session().csrfToken(), second.session().csrfToken());
        assertEquals(Set.of("account:self", "meetings:join"), get(first).permissions());
        auth.sessions.delete(first.session().id());
        ProblemException ended = assertThrows(ProblemException.class, () -> get(first));
        assertEquals(401, ended.status());
        assertEquals("alice", get(second).username());
        assertEquals(2, audit.of("auth.sign-in").size());
    }

    @Test
    void idleAndAbsoluteTimeoutOnTheClockAndBackgroundPollsDoNotCount() {
        readyUser("bob", "host");
        SignIn.NewSession session = auth.signIn.signIn("bob", GOOD, null, CLIENT);
        clock.advance(Duration.ofMinutes(10));
        auth.authentication.authenticate(request("GET", session, null, true)).orElseThrow();
        clock.advance(Duration.ofMinutes(5));
        assertEquals(401, assertThrows(ProblemException.class, () -> get(session)).status(),
                "a background poll did not keep the session alive");

        SignIn.NewSession active = auth.signIn.signIn("bob", GOOD, null, CLIENT);
        for (int i = 0; i < 12 * 6 - 1; i++) {
            clock.advance(Duration.ofMinutes(10));
            get(active);
        }
        clock.advance(Duration.ofMinutes(10));
        assertEquals(401, assertThrows(ProblemException.class, () -> get(active)).status(),
                "12 hours after sign-in it ends however active");
    }

    @Test
    void csrfTokenMissingOrWrongIsRefused() {
        readyUser("carol", "member");
        SignIn.NewSession session = auth.signIn.signIn("carol", GOOD, null, CLIENT);
        assertEquals(403, assertThrows(ProblemException.class, () -> auth.authentication.authenticate(
                request("POST", session, null, false))).status());
        assertEquals(403, assertThrows(ProblemException.class, () -> auth.authentication.authenticate(
                request("DELETE", session, "nope", false))).status());
        assertTrue(auth.authentication.authenticate(request("POST", session, session.session().csrfToken(), false))
                .isPresent());
    }

    @Test
    void unknownUserWrongPasswordDisabledAndLockedLookTheSameAndCostOneHashEach() {
        Account dave = readyUser("dave", "member");
        hasher.matches.set(0);
        ProblemException unknown = refused("nobody", GOOD, null);
        assertEquals(1, hasher.matches.get(), "an unknown user runs the password hash once");
        ProblemException wrong = refused("dave", "wrong-password-123", null);
        assertEquals(2, hasher.matches.get(), "a known user runs it once");
        auth.users.change(admin(), dave.id(), new UserAdmin.Change(null, true, null, null), CLIENT);
        ProblemException disabled = refused("dave", GOOD, null);
        for (ProblemException e : List.of(wrong, disabled)) {
            assertEquals(unknown.status(), e.status());
            assertEquals(unknown.title(), e.title());
            assertEquals(unknown.detail(), e.detail());
            assertEquals(unknown.field(), e.field());
        }
        assertEquals(401, unknown.status());
    }

    @Test
    void locksAfterRepeatedFailuresAuditsLockAndUnlock() {
        readyUser("erin", "member");
        for (int i = 0; i < 10; i++) {
            refused("erin", "wrong-password-123", null);
            clock.advance(Duration.ofSeconds(31));
        }
        ProblemException locked = refused("erin", GOOD, null);
        assertEquals(401, locked.status(), "the right password does not help while locked");
        ProblemException unknown = refused("nobody-at-all", GOOD, null);
        assertEquals(List.of(unknown.title(), unknown.detail()), List.of(locked.title(), locked.detail()),
                "a locked account looks like an unknown user");
        assertEquals(null, locked.field());
        assertEquals(1, audit.of("auth.lock").size());
        readyUser("frank", "member");
        assertEquals("frank", auth.signIn.signIn("frank", GOOD, null, CLIENT).account().username(),
                "another user from the same address still signs in");
        clock.advance(Duration.ofMinutes(15));
        assertEquals("erin", auth.signIn.signIn("erin", GOOD, null, CLIENT).account().username());
        assertEquals(1, audit.of("auth.unlock").size());
    }

    @Test
    void mfaEnrolmentWrongCodeReplayAndRecoveryCodeUsedOnce() {
        readyUser("gina", "member");
        Caller gina = get(auth.signIn.signIn("gina", GOOD, null, CLIENT));
        var offer = auth.self.startTotp(gina);
        assertTrue(offer.otpauthUri().startsWith("otpauth://totp/Parley:gina?secret=" + offer.secret()));
        byte[] secret = Base32.decode(offer.secret());
        assertEquals(422, assertThrows(ProblemException.class, () -> auth.self.confirmTotp(gina, "000000", CLIENT))
                .status());
        List<String> recovery = auth.self.confirmTotp(gina, Totp.code(secret, clock.now()), CLIENT);

        ProblemException missing = refused("gina", GOOD, null);
        assertEquals("code", missing.field());
        ProblemException wrongPassword = refused("gina", "wrong-password-123", null);
        assertEquals(null, wrongPassword.field(), "the code is asked for only after the right password");
        assertEquals("code", refused("gina", GOOD, "000000").field());

        clock.advance(Duration.ofSeconds(30));
        String code = Totp.code(secret, clock.now());
        auth.signIn.signIn("gina", GOOD, code, CLIENT);
        assertEquals("code", refused("gina", GOOD, code).field(), "a code works once");

        auth.signIn.signIn("gina", GOOD, recovery.get(0).toUpperCase(), CLIENT);
        assertEquals("code", refused("gina", GOOD, recovery.get(0)).field(), "a recovery code works once");
        auth.signIn.signIn("gina", GOOD, recovery.get(1), CLIENT);
    }

    @Test
    void apiTokensAreScopedRevocableExpiringAndDieWithADisabledOwner() {
        Account hank = readyUser("hank", "auditor");
        auth.accounts.update(hank.withTotp("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", null, Long.MIN_VALUE, false));
        SignIn.NewSession session = auth.signIn.signIn("hank", GOOD, Totp.code(
                Base32.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), clock.now()), CLIENT);
        Caller caller = get(session);
        assertEquals(422, assertThrows(ProblemException.class, () -> auth.access.createToken(caller, "x",
                clock.now().plusSeconds(60), List.of("users:write"), CLIENT)).status(), "not a permission hank holds");
        var token = auth.access.createToken(caller, "export", clock.now().plus(Duration.ofDays(1)),
                List.of("audit:read"), CLIENT);
        assertTrue(token.token().startsWith("pt_"));
        Caller viaToken = auth.authentication.authenticate(bearer("POST", token.token())).orElseThrow();
        assertEquals(Set.of("audit:read"), viaToken.permissions(), "scoped, and no CSRF needed");
        assertEquals("token", viaToken.via());
        assertFalse(viaToken.permits("audit:export"));

        clock.advance(Duration.ofDays(1));
        assertEquals(401, assertThrows(ProblemException.class,
                () -> auth.authentication.authenticate(bearer("GET", token.token()))).status(), "expired");

        var second = auth.access.createToken(get(auth.signIn.signIn("hank", GOOD, Totp.code(
                Base32.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), clock.now()), CLIENT)), "n",
                clock.now().plus(Duration.ofDays(1)), List.of("audit:read"), CLIENT);
        SignIn.NewSession live = auth.signIn.signIn("hank", GOOD, Totp.code(
                Base32.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), clock.now().plusSeconds(30)), CLIENT);
        auth.users.change(admin(), hank.id(), new UserAdmin.Change(null, true, null, null), CLIENT);
        assertEquals(401, assertThrows(ProblemException.class,
                () -> auth.authentication.authenticate(bearer("GET", second.token()))).status());
        assertEquals(401, assertThrows(ProblemException.class, () -> get(live)).status(),
                "disabling ends the session at once");
        assertEquals(0, auth.sessions.ofAccount(hank.id()).size());
    }

    @Test
    void usersApiKeepsTheLastAdminAndAuditsBeforeAndAfter() {
        Account ivy = createUser("ivy", "admin");
        assertEquals(409, assertThrows(ProblemException.class, () -> auth.users.change(admin(), ivy.id(),
                new UserAdmin.Change(List.of("member"), null, null, null), CLIENT)).status());
        Account jo = createUser("jo", "member");
        assertEquals(409, assertThrows(ProblemException.class, () -> createUser("JO", "member")).status());
        assertEquals(422, assertThrows(ProblemException.class, () -> createUser("kim", "boss")).status());
        auth.users.change(admin(), jo.id(), new UserAdmin.Change(List.of("host"), null, "Jo Q", null), CLIENT);
        var update = audit.of("user.update").get(0);
        assertTrue(update.details().get("before").contains("roles=member"));
        assertTrue(update.details().get("after").contains("roles=host"));
        assertEquals(2, auth.accounts.countMatching("example.org"));
        assertEquals(List.of("jo"), auth.accounts.search("JO Q", 0, 10).stream().map(Account::username).toList());
        String otp = auth.users.resetPassword(admin(), jo.id(), CLIENT);
        assertTrue(auth.signIn.signIn("jo", otp, null, CLIENT).account().passwordChangeRequired());
        auth.users.delete(admin(), jo.id(), CLIENT);
        assertTrue(auth.accounts.byId(jo.id()).isEmpty());
    }

    @Test
    void breakGlassIssuesANewOneTimePasswordAuditedAtTheNextStart() throws Exception {
        auth.firstRun.ensureAdmin(auth.audit);
        Account admin = auth.accounts.byUsername("local", "admin").orElseThrow();
        auth.accounts.update(admin.withProfile(admin.displayName(), admin.email(), true));
        var file = ResetAdmin.reset(database.dataSource(), hasher, varLib, clock.millis());
        String password = Files.readString(file).strip();
        SignIn.NewSession session = auth.signIn.signIn("admin", password, null, CLIENT);
        assertTrue(session.account().passwordChangeRequired());
        assertEquals(1, auth.pendingAudit.flush());
        assertEquals(1, audit.of("auth.break-glass").size());
        assertEquals(0, auth.pendingAudit.flush(), "recorded once");
    }
}
