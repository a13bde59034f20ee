package org.parley.auth.internal.saml;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.parley.auth.internal.store.Jdbc;

/**
 * AuthnRequests sent and not yet answered ({@code auth_saml_request}), kept on the server under a random RelayState
 * so the browser carries nothing to trust: taken once, valid ten minutes.
 */
public final class PendingRequests {

    /** How long a sign-in at the IdP may take. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    /** One pending request. */
    public record Pending(String relayState, String requestId, String idpId, String next, long createdAt) {
    }

    private final Jdbc jdbc;

    public PendingRequests(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void save(Pending pending) {
        jdbc.update("INSERT INTO auth_saml_request (relay_state, request_id, idp_id, next_path, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", pending.relayState(), pending.requestId(), pending.idpId(),
                pending.next(), pending.createdAt());
    }

    /** The request of this RelayState, removed so it serves once; empty when unknown, used or expired. */
    public Optional<Pending> take(String relayState, long now) {
        if (relayState == null || relayState.isEmpty() || relayState.length() > 64) {
            return Optional.empty();
        }
        jdbc.update("DELETE FROM auth_saml_request WHERE created_at <= ?", now - LIFETIME.toMillis());
        return jdbc.inTransaction(connection -> {
            List<Pending> found = Jdbc.query(connection, "SELECT relay_state, request_id, idp_id, next_path, "
                    + "created_at FROM auth_saml_request WHERE relay_state = ?", row -> new Pending(
                            row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5)),
                    relayState);
            boolean mine = !found.isEmpty() && Jdbc.update(connection,
                    "DELETE FROM auth_saml_request WHERE relay_state = ?", relayState) == 1;
            return mine ? Optional.of(found.get(0)) : Optional.<Pending>empty();
        });
    }
}
