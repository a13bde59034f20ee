package org.parley.auth.internal.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.parley.api.ClientAddress;
import org.parley.api.Clock;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.AccountStore;
import org.parley.auth.internal.account.Role;
import org.parley.auth.internal.crypto.Secrets;
import org.parley.auth.internal.password.PasswordHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With no account at all, creates {@code admin} with a random one-time password written to
 * {@code ${parley.var.lib}/initial-admin-password} (mode 0600; the password itself is never logged). The account
 * must change its password and enrol MFA; once both are done the file is deleted.
 */
public final class FirstRun {

    public static final String FILE_NAME = "initial-admin-password";
    public static final String ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstRun.class);

    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final Path file;
    private final Clock clock;

    public FirstRun(AccountStore accounts, PasswordHasher hasher, Path varLib, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.file = varLib.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Creates the initial admin when there is no account; returns true when it did. */
    public boolean ensureAdmin(AuthAudit audit) {
        if (accounts.count() > 0) {
            accounts.byUsername(Account.LOCAL, ADMIN).ifPresent(this::completeIfDone);
            return false;
        }
        String password = Secrets.readablePassword(20);
        Account admin = new Account(UUID.randomUUID().toString(), Account.LOCAL, ADMIN, ADMIN, "Administrator", "",
                Set.of(Role.ADMIN), false, hasher.hash(password), true, true, null, null, Long.MIN_VALUE,
                clock.millis());
        writeSecretFile(file, password);
        accounts.insert(admin);
        audit.success("system", (ClientAddress) null, "auth.first-run", ADMIN, Map.of("file", file.toString()));
        LOG.info("First start: the initial admin password is in {}", file);
        return true;
    }

    /** Deletes the password file once the initial admin has a password of its own and MFA. */
    public void completeIfDone(Account account) {
        if (Account.LOCAL.equals(account.realm()) && ADMIN.equals(account.username())
                && !account.passwordChangeRequired() && account.mfaEnrolled()) {
            try {
                if (Files.deleteIfExists(file)) {
                    LOG.info("The initial admin has a password of its own and MFA: deleted {}", file);
                }
            } catch (IOException e) {
                LOG.warn("Cannot delete {}: {}", file, e.getMessage());
            }
        }
    }

    /** Writes a file only its owner can read (0600 from the start, never readable by others in between). */
    public static void writeSecretFile(Path target, String content) {
        try {
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            if (Files.getFileStore(target.getParent()).supportsFileAttributeView("posix")) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temporary);
            }
            Files.writeString(temporary, content + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}
