package org.parley.auth.internal.core;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;
import org.parley.api.Clock;
import org.parley.api.rest.ProblemException;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.AccountStore;
import org.parley.auth.internal.account.Role;
import org.parley.auth.internal.account.Roles;
import org.parley.auth.internal.crypto.Secrets;
import org.parley.auth.internal.guard.BruteForceGuard;
import org.parley.auth.internal.password.PasswordHasher;
import org.parley.auth.internal.session.SessionStore;
import org.parley.auth.internal.session.TokenStore;

/**
 * What an administrator does to accounts: create, change, disable, delete, reset password or MFA. Every change is
 * audited with the account before and after (no secrets). Disabling, a password reset and an MFA reset end the
 * account's sessions and tokens at once. The last enabled admin cannot be disabled, demoted or deleted, and nobody
 * can disable or delete their own account here.
 */
public final class UserAdmin {

    /** The fields of a change; null means unchanged. */
    public record Change(List<String> roles, Boolean disabled, String displayName, String email) {
    }

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("|[^@\\s]+@[^@\\s]+");
    private static final int ONE_TIME_PASSWORD_LENGTH = 16;

    private final AccountStore accounts;
    private final SessionStore sessions;
    private final TokenStore tokens;
    private final PasswordHasher hasher;
    private final BruteForceGuard guard;
    private final AuthAudit audit;
    private final Clock clock;

    public UserAdmin(AccountStore accounts, SessionStore sessions, TokenStore tokens, PasswordHasher hasher,
            BruteForceGuard guard, AuthAudit audit, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.hasher = hasher;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    public Account get(String id) {
        return accounts.byId(id).orElseThrow(() -> ProblemException.notFound("No account has the id " + id + "."));
    }

    /** Creates a local account with a one-time password (returned; the user must change it at first sign-in). */
    public Map.Entry<Account, String> create(Caller actor, String username, String displayName, String email,
            List<String> roles, ClientAddress client) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw ProblemException.invalid("username", "A user name has 1-64 characters: letters, digits and . _ @ - "
                    + "(starting with a letter or digit).");
        }
        if (accounts.byUsername(Account.LOCAL, name).isPresent()) {
            throw ProblemException.conflict("The user name " + name + " is taken.");
        }
        String password = Secrets.readablePassword(ONE_TIME_PASSWORD_LENGTH);
        Account account = new Account(UUID.randomUUID().toString(), Account.LOCAL, name, name,
                displayName == null || displayName.isBlank() ? name : displayName.strip(), email(email),
                roles(roles == null ? List.of() : roles), false, hasher.hash(password), true, false, null, null,
                Long.MIN_VALUE, clock.millis());
        accounts.insert(account);
        audit.success(actor.username(), client, "user.create", name, Map.of("after", account.describe()));
        return Map.entry(account, password);
    }

    public Account change(Caller actor, String id, Change change, ClientAddress client) {
        Account before = get(id);
        Account after = before;
        if (change.roles() != null) {
            after = after.withRoles(roles(change.roles()));
        }
        String displayName = change.displayName() == null ? after.displayName() : change.displayName().strip();
        String email = change.email() == null ? after.email() : email(change.email());
        boolean disabled = change.disabled() == null ? after.disabled() : change.disabled();
        after = after.withProfile(displayName.isEmpty() ? after.username() : displayName, email, disabled);
        boolean losesAdmin = before.hasRole(Role.ADMIN) && !before.disabled()
                && (!after.hasRole(Role.ADMIN) || after.disabled());
        if (losesAdmin && before.id().equals(actor.accountId())) {
            throw ProblemException.conflict("You cannot disable your own account or take your own admin role.");
        }
        if (losesAdmin && accounts.countEnabledAdmins() <= 1) {
            throw ProblemException.conflict("This is the last enabled admin; make another admin first.");
        }
        accounts.update(after);
        if (after.disabled() && !before.disabled()) {
            endAccess(before.id());
        }
        audit.success(actor.username(), client, "user.update", before.username(),
                AuthAudit.change(before.describe(), after.describe()));
        return after;
    }

    public void delete(Caller actor, String id, ClientAddress client) {
        Account account = get(id);
        if (account.id().equals(actor.accountId())) {
            throw ProblemException.conflict("You cannot delete your own account.");
        }
        if (account.hasRole(Role.ADMIN) && !account.disabled() && accounts.countEnabledAdmins() <= 1) {
            throw ProblemException.conflict("This is the last enabled admin; make another admin first.");
        }
        accounts.delete(id);
        audit.success(actor.username(), client, "user.delete", account.username(),
                Map.of("before", account.describe()));
    }

    /** A new one-time password (returned once); ends the account's sessions and tokens and lifts a lock. */
    public String resetPassword(Caller actor, String id, ClientAddress client) {
        Account account = get(id);
        if (!account.isLocal()) {
            throw ExternalAccounts.passwordElsewhere(account);
        }
        String password = Secrets.readablePassword(ONE_TIME_PASSWORD_LENGTH);
        accounts.update(account.withPassword(hasher.hash(password), true));
        endAccess(id);
        if (guard.unlock(account.username())) {
            audit.success(actor.username(), client, "auth.unlock", account.username(), Map.of("reason",
                    "password reset"));
        }
        audit.success(actor.username(), client, "user.password-reset", account.username(), Map.of());
        return password;
    }

    /** Removes TOTP and recovery codes; the user enrols again at next sign-in if the policy requires it. */
    public void resetMfa(Caller actor, String id, ClientAddress client) {
        Account account = get(id);
        accounts.update(account.withTotp(null, null, account.totpLastStep(), account.mfaEnrolmentRequired()));
        accounts.replaceRecoveryCodes(id, List.of());
        endAccess(id);
        audit.success(actor.username(), client, "user.mfa-reset", account.username(),
                AuthAudit.change("mfaEnrolled=" + account.mfaEnrolled(), "mfaEnrolled=false"));
    }

    private void endAccess(String accountId) {
        sessions.deleteOfAccount(accountId);
        tokens.deleteOfAccount(accountId);
    }

    private static Set<Role> roles(List<String> ids) {
        try {
            return Roles.parseRequested(ids);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("roles", e.getMessage());
        }
    }

    private static String email(String email) {
        String value = email == null ? "" : email.strip();
        if (!EMAIL.matcher(value).matches() || value.length() > 255) {
            throw ProblemException.invalid("email", "This is not an email address.");
        }
        return value;
    }
}
