package org.parley.auth.internal.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.parley.auth.internal.store.Jdbc;

/** Sessions in {@code auth_session}, looked up by the SHA-256 of the cookie value. Thread-safe. */
public final class SessionStore {

    private static final String COLUMNS = "id, account_id, csrf_token, client_address, created_at, last_active_at";

    private final Jdbc jdbc;

    public SessionStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SessionRecord s, String secretHash) {
        jdbc.update("INSERT INTO auth_session (id, secret_hash, account_id, csrf_token, client_address, created_at, "
                + "last_active_at) VALUES (?, ?, ?, ?, ?, ?, ?)", s.id(), secretHash, s.accountId(), s.csrfToken(),
                s.clientAddress(), s.createdAt(), s.lastActiveAt());
    }

    public Optional<SessionRecord> bySecretHash(String secretHash) {
        return jdbc.one("SELECT " + COLUMNS + " FROM auth_session WHERE secret_hash = ?", SessionStore::read,
                secretHash);
    }

    public List<SessionRecord> ofAccount(String accountId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM auth_session WHERE account_id = ? ORDER BY created_at",
                SessionStore::read, accountId);
    }

    public void touch(String id, long now) {
        jdbc.update("UPDATE auth_session SET last_active_at = ? WHERE id = ? AND last_active_at < ?", now, id, now);
    }

    public boolean delete(String id) {
        return jdbc.update("DELETE FROM auth_session WHERE id = ?", id) == 1;
    }

    /** Deletes one session only if it belongs to the account (a user revoking their own). */
    public boolean delete(String accountId, String id) {
        return jdbc.update("DELETE FROM auth_session WHERE id = ? AND account_id = ?", id, accountId) == 1;
    }

    public int deleteOfAccount(String accountId) {
        return jdbc.update("DELETE FROM auth_session WHERE account_id = ?", accountId);
    }

    /** Removes sessions idle since before {@code idleBefore} or created before {@code createdBefore}. */
    public int deleteExpired(long idleBefore, long createdBefore) {
        return jdbc.update("DELETE FROM auth_session WHERE last_active_at < ? OR created_at < ?", idleBefore,
                createdBefore);
    }

    private static SessionRecord read(ResultSet row) throws SQLException {
        return new SessionRecord(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getLong(5), row.getLong(6));
    }
}
