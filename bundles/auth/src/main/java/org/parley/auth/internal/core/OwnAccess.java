package org.parley.auth.internal.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;
import org.parley.api.Clock;
import org.parley.api.rest.ProblemException;
import org.parley.auth.internal.crypto.Secrets;
import org.parley.auth.internal.session.SessionRecord;
import org.parley.auth.internal.session.SessionStore;
import org.parley.auth.internal.session.TokenRecord;
import org.parley.auth.internal.session.TokenStore;

/** A user's own sessions and API tokens: list, revoke, sign out everywhere, create tokens. Audited. */
public final class OwnAccess {

    /** A token just made: the secret is in {@code token}, shown this once. */
    public record NewToken(TokenRecord record, String token) {
    }

    public static final String TOKEN_PREFIX = "pt_";
    private static final int MAX_NAME = 128;

    private final SessionStore sessions;
    private final TokenStore tokens;
    private final AuthAudit audit;
    private final Clock clock;

    public OwnAccess(SessionStore sessions, TokenStore tokens, AuthAudit audit, Clock clock) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    public List<SessionRecord> sessions(Caller caller) {
        return sessions.ofAccount(caller.accountId());
    }

    public void revokeSession(Caller caller, String id, ClientAddress client) {
        if (!sessions.delete(caller.accountId(), id)) {
            throw ProblemException.notFound("You have no session with the id " + id + ".");
        }
        audit.success(caller.username(), client, "auth.session.revoke", caller.username(), Map.of("session", id));
    }

    /** Ends every session of the caller's account, this one included. */
    public int signOutEverywhere(Caller caller, ClientAddress client) {
        int ended = sessions.deleteOfAccount(caller.accountId());
        audit.success(caller.username(), client, "auth.sign-out-everywhere", caller.username(),
                Map.of("sessions", Integer.toString(ended)));
        return ended;
    }

    public List<TokenRecord> tokens(Caller caller) {
        return tokens.ofAccount(caller.accountId());
    }

    /** A token scoped to permissions the caller holds, expiring at {@code expiresAt}. Only from a session. */
    public NewToken createToken(Caller caller, String name, Instant expiresAt, List<String> permissions,
            ClientAddress client) {
        if (!Callers.VIA_SESSION.equals(caller.via())) {
            throw new ProblemException(403, "Forbidden", "API tokens are created from a signed-in session, not "
                    + "with another token.");
        }
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw ProblemException.invalid("name", "Give the token a name of 1-" + MAX_NAME + " characters.");
        }
        if (expiresAt == null || !expiresAt.isAfter(clock.now())) {
            throw ProblemException.invalid("expiresAt", "Give a time in the future (ISO-8601, e.g. "
                    + "2030-01-01T00:00:00Z).");
        }
        if (permissions == null || permissions.isEmpty()) {
            throw ProblemException.invalid("permissions", "Name at least one permission the token may use.");
        }
        for (String permission : permissions) {
            if (permission == null || !caller.permits(permission)) {
                throw ProblemException.invalid("permissions", "You do not hold " + permission
                        + "; a token can only carry permissions you have.");
            }
        }
        String token = TOKEN_PREFIX + Secrets.token();
        TokenRecord record = new TokenRecord(UUID.randomUUID().toString(), caller.accountId(), name.strip(),
                Set.copyOf(permissions), clock.millis(), expiresAt.toEpochMilli(), 0);
        tokens.insert(record, Secrets.sha256(token));
        audit.success(caller.username(), client, "account.token.create", caller.username(), Map.of("id",
                record.id(), "name", record.name(), "scope", String.join(" ", new java.util.TreeSet<>(permissions)),
                "expiresAt", expiresAt.toString()));
        return new NewToken(record, token);
    }

    public void revokeToken(Caller caller, String id, ClientAddress client) {
        if (!tokens.delete(caller.accountId(), id)) {
            throw ProblemException.notFound("You have no API token with the id " + id + ".");
        }
        audit.success(caller.username(), client, "account.token.revoke", caller.username(), Map.of("id", id));
    }
}
