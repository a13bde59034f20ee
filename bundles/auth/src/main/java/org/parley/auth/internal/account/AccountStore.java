package org.parley.auth.internal.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.auth.internal.store.Jdbc;

/** Accounts and their recovery codes in {@code auth_account} and {@code auth_recovery_code}. Thread-safe. */
public final class AccountStore {

    private static final String COLUMNS = "id, realm, external_id, username, display_name, email, roles, disabled, "
            + "password_hash, password_change_required, mfa_enrolment_required, totp_secret, totp_pending_secret, "
            + "totp_last_step, created_at";
    private static final String SEARCH = " WHERE LOWER(username) LIKE ? OR LOWER(display_name) LIKE ? "
            + "OR LOWER(email) LIKE ?";

    private final Jdbc jdbc;

    public AccountStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Account a) {
        jdbc.update("INSERT INTO auth_account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(), a.realm(), a.externalId(), a.username(), a.displayName(), a.email(), Roles.format(a.roles()),
                a.disabled(), a.passwordHash(), a.passwordChangeRequired(), a.mfaEnrolmentRequired(), a.totpSecret(),
                a.totpPendingSecret(), a.totpLastStep(), a.createdAt());
    }

    /** Writes every field but the keys (id, realm, external id, user name) and the creation time. */
    public void update(Account a) {
        jdbc.update("UPDATE auth_account SET display_name = ?, email = ?, roles = ?, disabled = ?, password_hash = ?, "
                + "password_change_required = ?, mfa_enrolment_required = ?, totp_secret = ?, "
                + "totp_pending_secret = ?, totp_last_step = ? WHERE id = ?", a.displayName(), a.email(),
                Roles.format(a.roles()), a.disabled(), a.passwordHash(), a.passwordChangeRequired(),
                a.mfaEnrolmentRequired(), a.totpSecret(), a.totpPendingSecret(), a.totpLastStep(), a.id());
    }

    /**
     * Moves the last used TOTP step forward, only if it is still behind {@code step}: of two requests racing with
     * the same code, one wins.
     */
    public boolean advanceTotpStep(String accountId, long step) {
        return jdbc.update("UPDATE auth_account SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?", step,
                accountId, step) == 1;
    }

    public Optional<Account> byId(String id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM auth_account WHERE id = ?", AccountStore::read, id);
    }

    /** User names are kept in lower case; the lookup ignores case. */
    public Optional<Account> byUsername(String realm, String username) {
        return jdbc.one("SELECT " + COLUMNS + " FROM auth_account WHERE realm = ? AND username = ?",
                AccountStore::read, realm, username.toLowerCase(Locale.ROOT));
    }

    public Optional<Account> byExternalId(String realm, String externalId) {
        return jdbc.one("SELECT " + COLUMNS + " FROM auth_account WHERE realm = ? AND external_id = ?",
                AccountStore::read, realm, externalId);
    }

    public List<Account> inRealm(String realm) {
        return jdbc.query("SELECT " + COLUMNS + " FROM auth_account WHERE realm = ? ORDER BY username",
                AccountStore::read, realm);
    }

    public long count() {
        return jdbc.one("SELECT COUNT(*) FROM auth_account", row -> row.getLong(1)).orElse(0L);
    }

    /** Accounts whose user name, display name or email contains {@code query} (any case), by user name. */
    public List<Account> search(String query, int offset, int limit) {
        String like = like(query);
        return jdbc.query("SELECT " + COLUMNS + " FROM auth_account" + SEARCH + " ORDER BY username OFFSET " + offset
                + " ROWS FETCH NEXT " + limit + " ROWS ONLY", AccountStore::read, like, like, like);
    }

    public long countMatching(String query) {
        String like = like(query);
        return jdbc.one("SELECT COUNT(*) FROM auth_account" + SEARCH, row -> row.getLong(1), like, like, like)
                .orElse(0L);
    }

    /** Enabled accounts holding the admin role (the last one may not be disabled, demoted or deleted). */
    public long countEnabledAdmins() {
        return jdbc.query("SELECT roles FROM auth_account WHERE disabled = ?", row -> row.getString(1), false)
                .stream().filter(roles -> Roles.parseStored(roles).contains(Role.ADMIN)).count();
    }

    /** Deletes the account with its recovery codes, sessions and tokens, in one transaction. */
    public void delete(String id) {
        jdbc.inTransaction(connection -> {
            for (String table : List.of("auth_recovery_code", "auth_session", "auth_token")) {
                Jdbc.update(connection, "DELETE FROM " + table + " WHERE account_id = ?", id);
            }
            return Jdbc.update(connection, "DELETE FROM auth_account WHERE id = ?", id);
        });
    }

    /** Replaces the account's recovery codes by these digests. */
    public void replaceRecoveryCodes(String accountId, List<String> digests) {
        jdbc.inTransaction(connection -> {
            Jdbc.update(connection, "DELETE FROM auth_recovery_code WHERE account_id = ?", accountId);
            for (String digest : digests) {
                Jdbc.update(connection, "INSERT INTO auth_recovery_code (account_id, code_hash, used_at) "
                        + "VALUES (?, ?, NULL)", accountId, digest);
            }
            return null;
        });
    }

    /** Marks an unused recovery code used; false when it is unknown or was used before. */
    public boolean useRecoveryCode(String accountId, String digest, long now) {
        return jdbc.update("UPDATE auth_recovery_code SET used_at = ? WHERE account_id = ? AND code_hash = ? "
                + "AND used_at IS NULL", now, accountId, digest) == 1;
    }

    public int unusedRecoveryCodes(String accountId) {
        return jdbc.one("SELECT COUNT(*) FROM auth_recovery_code WHERE account_id = ? AND used_at IS NULL",
                row -> row.getInt(1), accountId).orElse(0);
    }

    private static String like(String query) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
        return "%" + q.replace("\\", "").replace("%", "").replace("_", "") + "%";
    }

    private static Account read(ResultSet row) throws SQLException {
        return new Account(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), Roles.parseStored(row.getString(7)), row.getBoolean(8), row.getString(9),
                row.getBoolean(10), row.getBoolean(11), row.getString(12), row.getString(13), row.getLong(14),
                row.getLong(15));
    }
}
