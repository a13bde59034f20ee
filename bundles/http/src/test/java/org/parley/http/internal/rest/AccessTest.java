package org.parley.http.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
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
        assertEquals(AccessFilter.Access.PERMISSION, access(Guarded.class, "read"));
        assertEquals(AccessFilter.Access.PUBLIC, access(Guarded.class, "open"));
        assertEquals(AccessFilter.Access.PERMISSION, access(Open.class, "admin"));
        assertEquals(AccessFilter.Access.PUBLIC, access(Open.class, "read"));
    }

    @Test
    void aRouteWithNeitherIsUndeclaredAndSoDenied() throws Exception {
        assertEquals(AccessFilter.Access.UNDECLARED, access(Bare.class, "anything"));
        assertEquals(AccessFilter.Access.PERMISSION, access(Bare.class, "write"));
    }

    private static AccessFilter.Access access(Class<?> type, String method) throws Exception {
        return AccessFilter.Access.of(type.getMethod(method), type);
    }
}
