package org.parley.auth.internal.breakglass;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.AccountStore;
import org.parley.auth.internal.account.Role;
import org.parley.auth.internal.core.FirstRun;
import org.parley.auth.internal.core.PendingAudit;
import org.parley.auth.internal.crypto.Secrets;
import org.parley.auth.internal.password.PasswordHasher;
import org.parley.auth.internal.password.ShiroPasswordHasher;
import org.parley.auth.internal.store.Jdbc;

/**
 * Break-glass: gives the local {@code admin} account a new one-time password, written to
 * {@code ${PARLEY_VAR_LIB}/initial-admin-password} (0600), with a password change due and its sessions and tokens
 * ended; re-enables it if it was disabled and gives it the admin role back. Run with Parley stopped (embedded
 * Derby allows one process) and the store and auth jars plus the JDBC driver on the class path. The event is
 * queued in the database and recorded in the audit trail when Parley next starts.
 *
 * <p>Environment: {@code PARLEY_VAR_LIB} (required); {@code PARLEY_DB_URL} (empty: the embedded Derby database
 * {@code ${PARLEY_VAR_LIB}/db/parley}), {@code PARLEY_DB_USER}, {@code PARLEY_DB_PASSWORD} for PostgreSQL.
 */
public final class ResetAdmin {

    private ResetAdmin() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String varLib = env.get("PARLEY_VAR_LIB");
        if (varLib == null || varLib.isBlank()) {
            System.err.println("Set PARLEY_VAR_LIB to Parley's var/lib directory.");
            System.exit(64);
        }
        String url = env.getOrDefault("PARLEY_DB_URL", "");
        if (url.isBlank()) {
            url = "jdbc:derby:" + Path.of(varLib, "db", "parley");
        }
        DataSource dataSource = new DriverManagerDataSource(url, env.getOrDefault("PARLEY_DB_USER", ""),
                env.getOrDefault("PARLEY_DB_PASSWORD", ""));
        Path file = reset(dataSource, new ShiroPasswordHasher(), Path.of(varLib), System.currentTimeMillis());
        System.out.println("A new one-time password for admin is in " + file);
    }

    /**
     * Resets the admin account (creating it if gone) with Parley stopped and returns the file holding the new
     * password; the audit record is queued for the next start.
     */
    public static Path reset(DataSource dataSource, PasswordHasher hasher, Path varLib, long now) {
        Jdbc jdbc = new Jdbc(dataSource);
        Path file = issue(jdbc, hasher, varLib, now);
        PendingAudit.enqueue(jdbc, now, "break-glass", "auth.break-glass", FirstRun.ADMIN,
                "new one-time admin password issued from the command line");
        return file;
    }

    /**
     * The reset itself, offline or in the running service ({@link AdminResetCommand}): admin re-enabled (or
     * re-created) with the admin role, a new one-time password due for change, no authenticator, no recovery codes,
     * no sessions, no tokens. Returns the password file; the caller audits.
     */
    static Path issue(Jdbc jdbc, PasswordHasher hasher, Path varLib, long now) {
        AccountStore accounts = new AccountStore(jdbc);
        String password = Secrets.readablePassword(20);
        Optional<Account> existing = accounts.byUsername(Account.LOCAL, FirstRun.ADMIN);
        if (existing.isPresent()) {
            Account admin = existing.get();
            java.util.Set<Role> roles = java.util.EnumSet.of(Role.ADMIN);
            roles.addAll(admin.roles());
            // Whoever needs this has lost the password or the authenticator (or both): both are set up anew.
            accounts.update(admin.withRoles(roles).withProfile(admin.displayName(), admin.email(), false)
                    .withPassword(hasher.hash(password), true)
                    .withTotp(null, null, admin.totpLastStep(), true));
            accounts.replaceRecoveryCodes(admin.id(), java.util.List.of());
            jdbc.update("DELETE FROM auth_session WHERE account_id = ?", admin.id());
            jdbc.update("DELETE FROM auth_token WHERE account_id = ?", admin.id());
        } else {
            accounts.insert(new Account(java.util.UUID.randomUUID().toString(), Account.LOCAL, FirstRun.ADMIN,
                    FirstRun.ADMIN, "Administrator", "", java.util.Set.of(Role.ADMIN), false, hasher.hash(password),
                    true, true, null, null, Long.MIN_VALUE, now));
        }
        Path file = varLib.resolve(FirstRun.FILE_NAME);
        FirstRun.writeSecretFile(file, password);
        return file;
    }

    /** The smallest data source over {@link DriverManager}; one connection per call. */
    private record DriverManagerDataSource(String url, String user, String password) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return user.isEmpty() ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String username, String secret) throws SQLException {
            return DriverManager.getConnection(url, username, secret);
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
            // DriverManager logs through its own writer
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
