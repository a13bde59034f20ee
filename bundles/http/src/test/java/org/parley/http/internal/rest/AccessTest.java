package org.parley.http.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;
import org.parley.api.Permission;
import org.parley.api.Public;

class AccessTest {

    @Permission("things:read")
    static class Guarded {
        public void read() {
        }

        @Public
        public void open() {
        }
    }

    static class Bare {
        public void anything() {
        }

        @Permission("things:write")
        public void write() {
        }
    }

    @Public
    static class Open {
        @Permission("things:admin")
        public void admin() {
        }

        public void read() {
        }
    }

    @Test
    void methodAnnotationsWinOverTheClass() throws Exception {
        assertEquals(AccessFilter.Access.Kind.PERMISSION, access(Guarded.class, "read"));
        assertEquals(AccessFilter.Access.Kind.PUBLIC, access(Guarded.class, "open"));
        assertEquals(AccessFilter.Access.Kind.PERMISSION, access(Open.class, "admin"));
        assertEquals(AccessFilter.Access.Kind.PUBLIC, access(Open.class, "read"));
    }

    @Test
    void aRouteWithNeitherIsUndeclaredAndSoDenied() throws Exception {
        assertEquals(AccessFilter.Access.Kind.UNDECLARED, access(Bare.class, "anything"));
        assertEquals(AccessFilter.Access.Kind.PERMISSION, access(Bare.class, "write"));
    }

    @Test
    void permissionRoutesNeedACallerHoldingThePermissionOnceAccountsExist() throws Exception {
        AccessFilter.Access read = AccessFilter.Access.of(Guarded.class.getMethod("read"), Guarded.class);
        assertEquals("things:read", read.permission());
        ClientAddress loopback = new ClientAddress(InetAddress.getLoopbackAddress(), true);
        ClientAddress remote = new ClientAddress(InetAddress.getByName("192.0.2.1"), true);
        assertEquals(401, AccessFilter.refusal(read, null, true, loopback).orElseThrow().status(),
                "loopback is no longer enough once accounts exist");
        assertEquals(403, AccessFilter.refusal(read, caller("other:read"), true, remote).orElseThrow().status());
        assertTrue(AccessFilter.refusal(read, caller("things:read"), true, remote).isEmpty());
        assertTrue(AccessFilter.refusal(read, caller("*"), true, remote).isEmpty());
    }

    @Test
    void beforeAccountsExistOnlyLoopbackPasses() throws Exception {
        AccessFilter.Access read = AccessFilter.Access.of(Guarded.class.getMethod("read"), Guarded.class);
        assertTrue(AccessFilter.refusal(read, null, false,
                new ClientAddress(InetAddress.getLoopbackAddress(), true)).isEmpty());
        assertEquals(401, AccessFilter.refusal(read, null, false,
                new ClientAddress(InetAddress.getByName("192.0.2.1"), true)).orElseThrow().status());
        AccessFilter.Access undeclared = AccessFilter.Access.of(Bare.class.getMethod("anything"), Bare.class);
        assertEquals(403, AccessFilter.refusal(undeclared, caller("*"), true, null).orElseThrow().status());
    }

    private static Caller caller(String... permissions) {
        return new Caller("1", "local", "ann", Set.of(), Set.of(permissions), "session");
    }

    private static AccessFilter.Access.Kind access(Class<?> type, String method) throws Exception {
        return AccessFilter.Access.of(type.getMethod(method), type).kind();
    }
}
