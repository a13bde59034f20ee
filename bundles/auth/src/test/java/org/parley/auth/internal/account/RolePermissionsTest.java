package org.parley.auth.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.api.Caller;

class RolePermissionsTest {

    private static Caller caller(Role... roles) {
        return new Caller("id", "local", "u", Set.of(), RolePermissions.of(List.of(roles)), "session");
    }

    @Test
    void theMapping() {
        assertEquals(Set.of("*", "account:self"), RolePermissions.of(List.of(Role.ADMIN)));
        assertEquals(Set.of("account:self", "audit:read", "audit:export", "audit:verify", "system:read",
                "settings:read", "health:read"), RolePermissions.of(List.of(Role.AUDITOR)));
        assertEquals(Set.of("account:self", "meetings:*"), RolePermissions.of(List.of(Role.HOST)));
        assertEquals(Set.of("account:self", "meetings:join"), RolePermissions.of(List.of(Role.MEMBER)));
        assertEquals(Set.of("account:self"), RolePermissions.of(List.of()));
    }

    @Test
    void whatEachRoleMayDo() {
        assertTrue(caller(Role.ADMIN).permits("users:write"));
        assertTrue(caller(Role.AUDITOR).permits("audit:export"));
        assertFalse(caller(Role.AUDITOR).permits("settings:write"), "auditors change nothing");
        assertFalse(caller(Role.AUDITOR).permits("users:read"));
        assertTrue(caller(Role.HOST).permits("meetings:create"));
        assertFalse(caller(Role.HOST).permits("audit:read"));
        assertTrue(caller(Role.MEMBER).permits("meetings:join"));
        assertFalse(caller(Role.MEMBER).permits("meetings:create"));
        assertTrue(caller(Role.MEMBER, Role.AUDITOR).permits("audit:read"), "roles add up");
    }

    @Test
    void rolesParseAndFormat() {
        assertEquals("admin,member", Roles.format(Set.of(Role.MEMBER, Role.ADMIN)));
        assertEquals(Set.of(Role.HOST), Roles.parseStored("host,retired-role"));
        assertEquals("Unknown role 'boss'; roles are admin, auditor, host and member.",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> Roles.parseRequested(List.of("boss"))).getMessage());
    }
}
