package org.parley.auth.internal.core;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.parley.api.Clock;
import org.parley.audit.api.AuditService;
import org.parley.auth.internal.account.AccountStore;
import org.parley.auth.internal.guard.BruteForceGuard;
import org.parley.auth.internal.guard.BruteForcePolicy;
import org.parley.auth.internal.password.PasswordHasher;
import org.parley.auth.internal.password.PasswordPolicy;
import org.parley.auth.internal.session.SessionLimits;
import org.parley.auth.internal.session.SessionStore;
import org.parley.auth.internal.session.TokenStore;
import org.parley.auth.internal.settings.MfaPolicy;
import org.parley.auth.internal.store.Jdbc;

/**
 * The auth bundle's object graph over one database: stores, guard, sign-in, authentication, self-service, user
 * administration and first run. Built by the {@code AuthCore} component, and directly by tests.
 */
public final class AuthServices {

    /** The settings, read afresh on every use so a change applies at once. */
    public record Settings(Supplier<SessionLimits> sessions, Supplier<MfaPolicy> mfa,
            Supplier<BruteForcePolicy> bruteForce, Supplier<PasswordPolicy> passwords) {
    }

    public final AccountStore accounts;
    public final SessionStore sessions;
    public final TokenStore tokens;
    public final BruteForceGuard guard;
    public final AuthAudit audit;
    public final FirstRun firstRun;
    public final Authentication authentication;
    public final SignIn signIn;
    public final ExternalAccounts external;
    public final SelfService self;
    public final OwnAccess access;
    public final UserAdmin users;
    public final PendingAudit pendingAudit;
    public final Settings settings;
    public final Clock clock;

    public AuthServices(DataSource dataSource, AuditService auditService, Clock clock, PasswordHasher hasher,
            Settings settings, Path varLib) {
        this(dataSource, auditService, clock, hasher, settings, varLib, Optional::empty);
    }

    /** With the directory, when one is set up ({@code directory} is asked at every sign-in: it may come and go). */
    public AuthServices(DataSource dataSource, AuditService auditService, Clock clock, PasswordHasher hasher,
            Settings settings, Path varLib, Supplier<Optional<PasswordRealm>> directory) {
        Jdbc jdbc = new Jdbc(dataSource);
        this.settings = settings;
        this.clock = clock;
        accounts = new AccountStore(jdbc);
        sessions = new SessionStore(jdbc);
        tokens = new TokenStore(jdbc);
        guard = new BruteForceGuard(settings.bruteForce());
        audit = new AuthAudit(auditService);
        firstRun = new FirstRun(accounts, hasher, varLib, clock);
        authentication = new Authentication(accounts, sessions, tokens, clock, settings.sessions(), settings.mfa());
        SessionOpener opener = new SessionOpener(sessions, audit, clock, settings.sessions());
        external = new ExternalAccounts(accounts, sessions, tokens, audit, clock, opener);
        signIn = new SignIn(accounts, hasher, guard, new SecondFactor(accounts, clock), audit, clock, opener,
                directory, external);
        self = new SelfService(accounts, hasher, settings.passwords(), settings.mfa(), guard, audit, firstRun, clock);
        access = new OwnAccess(sessions, tokens, audit, clock);
        users = new UserAdmin(accounts, sessions, tokens, hasher, guard, audit, clock);
        pendingAudit = new PendingAudit(jdbc, audit);
    }
}
