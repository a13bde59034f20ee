package org.parley.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static Caller with(String... permissions) {
        return new Caller("1", "local", "ann", Set.of("member"), Set.of(permissions), "session");
    }

    @Test
    void permitsExactAreaWildcardAndEverything() {
        assertTrue(with("audit:read").permits("audit:read"));
        assertFalse(with("audit:read").permits("audit:export"));
        assertTrue(with("audit:*").permits("audit:export"));
        assertFalse(with("audit:*").permits("settings:read"));
        assertTrue(with("*").permits("settings:write"));
        assertFalse(with().permits("audit:read"));
    }
}
