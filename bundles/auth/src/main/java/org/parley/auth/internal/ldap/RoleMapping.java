package org.parley.auth.internal.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parley.auth.internal.account.Role;

/**
 * One {@code role=groupDN} line of the role mapping: members of the group get the role. DNs are compared as DNs
 * (normalised: case, spacing and escaping do not matter), so {@code CN=Admins, OU=Groups} matches
 * {@code cn=admins,ou=groups}.
 */
record RoleMapping(Role role, DN group) {

    /**
     * Parses {@code role=groupDN}, split at the first '='.
     *
     * @throws IllegalArgumentException saying what is wrong, without the PID (the caller adds it)
     */
    static RoleMapping parse(String line) {
        int split = line.indexOf('=');
        if (split < 0) {
            throw new IllegalArgumentException("'" + line + "' is not role=groupDN");
        }
        String roleId = line.substring(0, split).strip();
        Role role = Role.parse(roleId).orElseThrow(() -> new IllegalArgumentException("'" + roleId
                + "' is not a role (admin, auditor, host, member)"));
        String dn = line.substring(split + 1).strip();
        try {
            DN group = new DN(dn);
            if (group.isNullDN()) {
                throw new IllegalArgumentException("the group DN after '" + roleId + "=' is empty");
            }
            return new RoleMapping(role, group);
        } catch (LDAPException e) {
            throw new IllegalArgumentException("'" + dn + "' is not a DN: " + e.getMessage());
        }
    }

    /** The roles the groups grant; empty when the user is in no mapped group. */
    static Set<Role> rolesFor(List<RoleMapping> mappings, Collection<DN> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (RoleMapping mapping : mappings) {
            if (groups.contains(mapping.group)) {
                roles.add(mapping.role);
            }
        }
        return roles;
    }

    @Override
    public String toString() {
        return role.id() + "=" + group;
    }
}
