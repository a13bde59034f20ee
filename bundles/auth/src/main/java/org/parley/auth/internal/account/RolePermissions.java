package org.parley.auth.internal.account;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one mapping from roles to permissions ({@code area:action}; {@code *} is everything, {@code area:*} a whole
 * area). Every signed-in account also holds {@link #ACCOUNT_SELF}: its own account page, sign-out, password and MFA.
 * Later issues extend the mapping here, next to the reviewed route-permissions matrix.
 */
public final class RolePermissions {

    /** Held by every signed-in account, and the only permission while a password change or MFA enrolment is due. */
    public static final String ACCOUNT_SELF = "account:self";

    private static final Map<Role, Set<String>> GRANTS = Map.of(
            Role.ADMIN, Set.of("*"),
            Role.AUDITOR, Set.of("audit:read", "audit:export", "audit:verify", "system:read", "settings:read",
                    "health:read"),
            Role.HOST, Set.of("meetings:*"),
            Role.MEMBER, Set.of("meetings:join"));

    private RolePermissions() {
    }

    /** The permissions of an account holding these roles, {@link #ACCOUNT_SELF} included. */
    public static Set<String> of(Collection<Role> roles) {
        Set<String> permissions = new LinkedHashSet<>();
        permissions.add(ACCOUNT_SELF);
        for (Role role : roles) {
            permissions.addAll(GRANTS.get(role));
        }
        return Set.copyOf(permissions);
    }
}
