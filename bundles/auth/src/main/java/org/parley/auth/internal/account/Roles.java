package org.parley.auth.internal.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Role sets to and from their stored and REST forms. */
public final class Roles {

    private Roles() {
    }

    /** Comma-separated ids in a stable order, e.g. {@code admin,member}. */
    public static String format(Collection<Role> roles) {
        return String.join(",", ids(roles));
    }

    public static List<String> ids(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::id).toList();
    }

    /** Parses a stored list; unknown ids are dropped (a role removed from the code grants nothing). */
    public static Set<Role> parseStored(String stored) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String id : stored.split(",")) {
            Role.parse(id.trim()).ifPresent(roles::add);
        }
        return roles;
    }

    /**
     * Parses roles from a request.
     *
     * @throws IllegalArgumentException naming the first unknown role
     */
    public static Set<Role> parseRequested(Collection<String> ids) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String id : ids) {
            roles.add(Role.parse(id).orElseThrow(() -> new IllegalArgumentException(
                    "Unknown role '" + id + "'; roles are admin, auditor, host and member.")));
        }
        return roles;
    }
}
