package org.parley.auth.internal.core;

import java.util.Optional;
import java.util.function.Supplier;
import org.parley.api.Caller;
import org.parley.api.Clock;
import org.parley.api.rest.Authenticator;
import org.parley.api.rest.Credentials;
import org.parley.api.rest.ProblemException;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.AccountStore;
import org.parley.auth.internal.crypto.Secrets;
import org.parley.auth.internal.session.SessionLimits;
import org.parley.auth.internal.session.SessionRecord;
import org.parley.auth.internal.session.SessionRules;
import org.parley.auth.internal.session.SessionStore;
import org.parley.auth.internal.session.TokenRecord;
import org.parley.auth.internal.session.TokenStore;
import org.parley.auth.internal.settings.MfaPolicy;

/**
 * Who is calling: a bearer token ({@code Authorization: Bearer pt_...}) or the session cookie. Ended, unknown or
 * revoked credentials are a 401; a state-changing request on a session without its CSRF token a 403. A request that
 * is not a background poll counts as activity for the idle timeout. Thread-safe.
 */
public final class Authentication implements Authenticator {

    public static final String COOKIE = "parley_session";
    private static final String BEARER = "Bearer ";

    private final AccountStore accounts;
    private final SessionStore sessions;
    private final TokenStore tokens;
    private final Clock clock;
    private final Supplier<SessionLimits> limits;
    private final Supplier<MfaPolicy> mfa;

    public Authentication(AccountStore accounts, SessionStore sessions, TokenStore tokens, Clock clock,
            Supplier<SessionLimits> limits, Supplier<MfaPolicy> mfa) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.clock = clock;
        this.limits = limits;
        this.mfa = mfa;
    }

    @Override
    public Optional<Caller> authenticate(Credentials credentials) {
        String authorization = credentials.authorization();
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(byToken(authorization.substring(BEARER.length()).strip()));
        }
        String cookie = credentials.cookies().get(COOKIE);
        if (cookie == null || cookie.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(bySession(cookie, credentials));
    }

    /** The live session of a cookie value, without counting activity; empty when none. */
    public Optional<SessionRecord> liveSession(String cookie) {
        if (cookie == null || cookie.isEmpty()) {
            return Optional.empty();
        }
        long now = clock.millis();
        return sessions.bySecretHash(Secrets.sha256(cookie))
                .filter(s -> !SessionRules.expired(s, now, limits.get()));
    }

    /** Whether the account may only reach its own account page (password change or MFA enrolment due). */
    public boolean restricted(Account account) {
        return account.passwordChangeRequired() || mfa.get().enrolmentDue(account);
    }

    private Caller bySession(String cookie, Credentials credentials) {
        long now = clock.millis();
        SessionRecord session = sessions.bySecretHash(Secrets.sha256(cookie)).orElseThrow(Authentication::ended);
        if (SessionRules.expired(session, now, limits.get())) {
            sessions.delete(session.id());
            throw ended();
        }
        Account account = accounts.byId(session.accountId()).filter(a -> !a.disabled()).orElseThrow(() -> {
            sessions.delete(session.id());
            return ended();
        });
        if (!SessionRules.csrfAccepted(credentials, session)) {
            throw new ProblemException(403, "CSRF token missing or wrong", "Send the session's CSRF token (from "
                    + "sign-in or GET /api/v1/auth/session) in the X-CSRF-Token header.");
        }
        if (!credentials.background()) {
            sessions.touch(session.id(), now);
        }
        return Callers.session(account, restricted(account));
    }

    private Caller byToken(String token) {
        long now = clock.millis();
        TokenRecord record = tokens.bySecretHash(Secrets.sha256(token)).filter(t -> t.expiresAt() > now)
                .orElseThrow(Authentication::badToken);
        Account account = accounts.byId(record.accountId()).filter(a -> !a.disabled())
                .orElseThrow(Authentication::badToken);
        tokens.markUsed(record.id(), now);
        return Callers.token(account, restricted(account), record.permissions());
    }

    private static ProblemException ended() {
        return new ProblemException(401, "Session ended", "Your session has ended; sign in again.");
    }

    private static ProblemException badToken() {
        return new ProblemException(401, "Token not valid", "The API token is unknown, revoked or expired.");
    }
}
