package org.parley.auth.internal.core;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.parley.api.ClientAddress;
import org.parley.api.Clock;
import org.parley.api.rest.ProblemException;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.crypto.Secrets;
import org.parley.auth.internal.session.SessionLimits;
import org.parley.auth.internal.session.SessionRecord;
import org.parley.auth.internal.session.SessionStore;

/**
 * Opens a session for an account whose sign-in succeeded, whatever realm vouched for it: a new random cookie value
 * (only its SHA-256 is stored) and CSRF token, expired sessions swept, the sign-in audited. No audit record, no
 * session.
 */
final class SessionOpener {

    private final SessionStore sessions;
    private final AuthAudit audit;
    private final Clock clock;
    private final Supplier<SessionLimits> limits;

    SessionOpener(SessionStore sessions, AuthAudit audit, Clock clock, Supplier<SessionLimits> limits) {
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.limits = limits;
    }

    SignIn.NewSession open(Account account, ClientAddress client) {
        long now = clock.millis();
        sessions.deleteExpired(now - limits.get().idle().toMillis(), now - limits.get().absolute().toMillis());
        String cookie = Secrets.token();
        SessionRecord session = new SessionRecord(UUID.randomUUID().toString(), account.id(), Secrets.token(),
                client.host(), now, now);
        sessions.insert(session, Secrets.sha256(cookie));
        try {
            audit.success(account.username(), client, "auth.sign-in", account.username(),
                    account.realm().equals(Account.LOCAL) ? Map.of("session", session.id())
                            : Map.of("session", session.id(), "realm", account.realm()));
        } catch (ProblemException e) {
            sessions.delete(session.id());
            throw e;
        }
        return new SignIn.NewSession(cookie, session, account);
    }
}
