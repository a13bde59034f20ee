package org.parley.auth.internal.core;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.parley.api.ClientAddress;
import org.parley.api.Clock;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.AccountStore;
import org.parley.auth.internal.crypto.Secrets;
import org.parley.auth.internal.guard.BruteForceGuard;
import org.parley.auth.internal.guard.BruteForceGuard.Kind;
import org.parley.auth.internal.guard.BruteForceGuard.Verdict;
import org.parley.auth.internal.password.PasswordHasher;
import org.parley.auth.internal.session.SessionRecord;

/**
 * Signs a local user in. Whatever goes wrong before the password is known to be right (unknown user, wrong password,
 * disabled or locked account, a wait imposed after failures) answers the same 401 and costs the same single argon2id
 * run: an unknown user is checked against a dummy hash. Only after the right password does a missing or wrong MFA
 * code answer a 401 naming the field {@code code}. Every outcome is audited. A name no local account has goes to the
 * directory ({@link PasswordRealm}) when one is set up.
 */
public final class SignIn {

    /** A new session: the cookie value (shown once, to the browser) and what is stored. */
    public record NewSession(String cookie, SessionRecord session, Account account) {
    }

    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final BruteForceGuard guard;
    private final SecondFactor secondFactor;
    private final AuthAudit audit;
    private final Clock clock;
    private final SessionOpener opener;
    private final Supplier<Optional<PasswordRealm>> realm;
    private final ExternalAccounts external;
    private final String dummyHash;

    SignIn(AccountStore accounts, PasswordHasher hasher, BruteForceGuard guard, SecondFactor secondFactor,
            AuthAudit audit, Clock clock, SessionOpener opener, Supplier<Optional<PasswordRealm>> realm,
            ExternalAccounts external) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.guard = guard;
        this.secondFactor = secondFactor;
        this.audit = audit;
        this.clock = clock;
        this.opener = opener;
        this.realm = realm;
        this.external = external;
        this.dummyHash = hasher.hash(Secrets.token());
    }

    public NewSession signIn(String username, String password, String code, ClientAddress client) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Verdict verdict = guard.check(name, client.host(), clock.now());
        if (verdict.unlocked()) {
            audit.success("system", client, "auth.unlock", name, Map.of("reason", "lock expired"));
        }
        if (verdict.kind() == Kind.ADDRESS_THROTTLED) {
            fail(name, client, "address throttled", false);
            throw new ProblemException(429, "Too many sign-in attempts", "Too many failed sign-ins came from your "
                    + "address. Wait a few minutes before trying again.");
        }
        Optional<Account> account = accounts.byUsername(Account.LOCAL, name);
        Optional<PasswordRealm> directory = realm.get();
        if (account.isEmpty() && directory.isPresent()) {
            return throughRealm(directory.get(), name, password, code, client, verdict);
        }
        String hash = account.map(Account::passwordHash).orElse(dummyHash);
        boolean passwordRight = hasher.matches(password == null ? "" : password, hash == null ? dummyHash : hash);
        if (verdict.kind() != Kind.ALLOWED) {
            fail(name, client, verdict.kind() == Kind.ACCOUNT_LOCKED ? "locked" : "too soon after a failure", false);
            throw refused();
        }
        if (account.isEmpty() || !passwordRight || hash == null || account.get().disabled()) {
            fail(name, client, account.isEmpty() ? "unknown user" : account.get().disabled() ? "disabled"
                    : "wrong password", true);
            throw refused();
        }
        Account signedIn = account.get();
        if (signedIn.mfaEnrolled()) {
            checkCode(signedIn, code, client);
        }
        guard.recordSuccess(name);
        return opener.open(signedIn, client);
    }

    /**
     * A name no local account has goes to the directory, which checks the password (a bind as the user). While the
     * guard holds the name back the directory is not asked at all, so Parley never locks the user out there too.
     */
    private NewSession throughRealm(PasswordRealm directory, String name, String password, String code,
            ClientAddress client, Verdict verdict) {
        if (verdict.kind() != Kind.ALLOWED) {
            fail(name, client, verdict.kind() == Kind.ACCOUNT_LOCKED ? "locked" : "too soon after a failure", false);
            throw refused();
        }
        Optional<ExternalIdentity> identity;
        try {
            identity = directory.authenticate(name, password == null ? "" : password);
        } catch (RealmException e) {
            if (e.unavailable()) {
                fail(name, client, "directory unavailable: " + e.getMessage(), false);
                throw new ProblemException(503, "Directory unavailable", e.getMessage() + " Directory accounts "
                        + "cannot sign in until it answers again; try again in a few minutes or call your IT "
                        + "service desk.");
            }
            fail(name, client, e.getMessage(), true);
            throw refused();
        }
        if (identity.isEmpty()) {
            hasher.matches(password == null ? "" : password, dummyHash); // costs what a local refusal costs
            fail(name, client, "unknown user", true);
            throw refused();
        }
        Account signedIn = external.sync(identity.get());
        if (signedIn.disabled()) {
            fail(name, client, "disabled in Parley", true);
            throw refused();
        }
        if (signedIn.mfaEnrolled()) {
            checkCode(signedIn, code, client);
        }
        guard.recordSuccess(name);
        return opener.open(signedIn, client);
    }

    private void checkCode(Account account, String code, ClientAddress client) {
        if (code == null || code.isBlank()) {
            audit.record(account.username(), client, "auth.sign-in", account.username(), Outcome.FAILURE,
                    Map.of("reason", "code missing"));
            throw new ProblemException(401, "Code required", "Enter the code from your authenticator app, or one "
                    + "of your recovery codes.", "code");
        }
        Optional<String> used = secondFactor.accept(account, code.strip());
        if (used.isEmpty()) {
            fail(account.username(), client, "wrong code", true);
            throw new ProblemException(401, "Code not accepted", "The code is wrong, expired or was already used.",
                    "code");
        }
        if (used.get().equals(SecondFactor.RECOVERY)) {
            audit.success(account.username(), client, "auth.recovery-code.use", account.username(),
                    Map.of("remaining", Integer.toString(accounts.unusedRecoveryCodes(account.id()))));
        }
    }

    private void fail(String name, ClientAddress client, String reason, boolean counts) {
        Map<String, String> details = new HashMap<>();
        details.put("reason", reason);
        if (counts && guard.recordFailure(name, client.host(), clock.now())) {
            audit.record("anonymous", client, "auth.lock", name, Outcome.SUCCESS, Map.of("reason",
                    "too many failed sign-ins"));
        }
        audit.record(name.isEmpty() ? "anonymous" : name, client, "auth.sign-in", name, Outcome.FAILURE, details);
    }

    /** The one answer for every refusal before the password was known right: nothing tells them apart. */
    static ProblemException refused() {
        return new ProblemException(401, "Sign-in failed", "The user name or password is not correct, or the "
                + "account cannot sign in right now.");
    }
}
