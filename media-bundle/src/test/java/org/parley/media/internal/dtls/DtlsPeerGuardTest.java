package org.parley.media.internal.dtls;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class DtlsPeerGuardTest {
    private static final InetSocketAddress FIRST = new InetSocketAddress("127.0.0.1", 40_000);
    private static final InetSocketAddress SECOND = new InetSocketAddress("127.0.0.1", 40_001);

    @Test
    void bindsTheFirstSourceAndRefusesOthers() {
        DtlsPeerGuard guard = new DtlsPeerGuard();
        assertNull(guard.boundSource());
        assertTrue(guard.admits(FIRST));
        assertSame(FIRST, guard.boundSource());
        assertTrue(guard.admits(new InetSocketAddress("127.0.0.1", 40_000)), "an equal address object");
        assertFalse(guard.admits(SECOND));
        assertThrows(NullPointerException.class, () -> guard.admits(null));
    }

    @Test
    void rebindFollowsANewNomination() {
        DtlsPeerGuard guard = new DtlsPeerGuard();
        guard.admits(FIRST);
        guard.rebind(SECOND);
        assertTrue(guard.admits(SECOND));
        assertFalse(guard.admits(FIRST));
    }
}
