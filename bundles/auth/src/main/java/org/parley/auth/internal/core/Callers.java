package org.parley.auth.internal.core;

import java.util.HashSet;
import java.util.Set;
import org.parley.api.Caller;
import org.parley.auth.internal.account.Account;
import org.parley.auth.internal.account.RolePermissions;
import org.parley.auth.internal.account.Roles;

/** Builds the {@link Caller} of a session or token from the account as it is now. */
public final class Callers {

    public static final String VIA_SESSION = "session";
    public static final String VIA_TOKEN = "token";

    private Callers() {
    }

    /** A restricted account (password change or MFA enrolment due) holds only {@code account:self}. */
    public static Set<String> permissions(Account account, boolean restricted) {
        return restricted ? Set.of(RolePermissions.ACCOUNT_SELF) : RolePermissions.of(account.roles());
    }

    public static Caller session(Account account, boolean restricted) {
        return new Caller(account.id(), account.realm(), account.username(), Set.copyOf(Roles.ids(account.roles())),
                permissions(account, restricted), VIA_SESSION);
    }

    /** A token carries its scope, cut down to what the owner still holds. */
    public static Caller token(Account account, boolean restricted, Set<String> scope) {
        Caller owner = session(account, restricted);
        Set<String> granted = new HashSet<>();
        for (String permission : scope) {
            if (owner.permits(permission)) {
                granted.add(permission);
            }
        }
        return new Caller(account.id(), account.realm(), account.username(), owner.roles(), granted, VIA_TOKEN);
    }
}
