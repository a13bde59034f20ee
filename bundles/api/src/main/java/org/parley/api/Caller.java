package org.parley.api;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in user behind a request, as the auth bundle established it (session cookie or API token). The auth
 * bundle's filter stores one under {@link #REQUEST_ATTRIBUTE} before any resource runs; a request without one is
 * anonymous. The front door grants a {@link Permission} route only when {@link #permits(String)} is true.
 * Immutable.
 *
 * @param accountId the account's stable id
 * @param realm where the account lives: {@code local}, {@code ldap}, {@code saml}
 * @param username the name shown and audited
 * @param roles the roles held ({@code admin}, {@code auditor}, {@code host}, {@code member})
 * @param permissions the permissions granted, {@code area:action}; {@code *} grants everything; an API token
 *                    carries only its scope
 * @param via {@code session} or {@code token}
 */
public record Caller(String accountId, String realm, String username, Set<String> roles, Set<String> permissions,
        String via) {

    /** The servlet request attribute that holds the signed-in {@code Caller}. */
    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
        Objects.requireNonNull(via, "via");
    }

    /** Whether this caller holds the permission ({@code area:action}), directly, by {@code area:*} or by {@code *}. */
    public boolean permits(String permission) {
        if (permissions.contains("*") || permissions.contains(permission)) {
            return true;
        }
        int colon = permission.indexOf(':');
        return colon > 0 && permissions.contains(permission.substring(0, colon) + ":*");
    }
}
