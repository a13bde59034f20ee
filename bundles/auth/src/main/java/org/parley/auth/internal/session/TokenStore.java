package org.parley.auth.internal.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.parley.auth.internal.store.Jdbc;

/** API tokens in {@code auth_token}, looked up by the SHA-256 of the token. Thread-safe. */
public final class TokenStore {

    private static final String COLUMNS = "id, account_id, name, permissions, created_at, expires_at, last_used_at";

    private final Jdbc jdbc;

    public TokenStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TokenRecord t, String secretHash) {
        jdbc.update("INSERT INTO auth_token (id, secret_hash, account_id, name, permissions, created_at, expires_at, "
                + "last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)", t.id(), secretHash, t.accountId(), t.name(),
                String.join(",", new TreeSet<>(t.permissions())), t.createdAt(), t.expiresAt());
    }

    public Optional<TokenRecord> bySecretHash(String secretHash) {
        return jdbc.one("SELECT " + COLUMNS + " FROM auth_token WHERE secret_hash = ?", TokenStore::read, secretHash);
    }

    public List<TokenRecord> ofAccount(String accountId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM auth_token WHERE account_id = ? ORDER BY created_at",
                TokenStore::read, accountId);
    }

    public void markUsed(String id, long now) {
        jdbc.update("UPDATE auth_token SET last_used_at = ? WHERE id = ?", now, id);
    }

    public boolean delete(String accountId, String id) {
        return jdbc.update("DELETE FROM auth_token WHERE id = ? AND account_id = ?", id, accountId) == 1;
    }

    public int deleteOfAccount(String accountId) {
        return jdbc.update("DELETE FROM auth_token WHERE account_id = ?", accountId);
    }

    private static TokenRecord read(ResultSet row) throws SQLException {
        String permissions = row.getString(4);
        return new TokenRecord(row.getString(1), row.getString(2), row.getString(3),
                permissions.isEmpty() ? java.util.Set.of() : new TreeSet<>(Arrays.asList(permissions.split(","))),
                row.getLong(5), row.getLong(6), row.getLong(7));
    }
}
