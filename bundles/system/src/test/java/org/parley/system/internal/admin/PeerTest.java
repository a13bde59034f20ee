package org.parley.system.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import jdk.net.UnixDomainPrincipal;
import org.junit.jupiter.api.Test;

class PeerTest {

    @Test
    void onlyUidZeroIsRoot() {
        assertTrue(Peer.of(principal("root"), 7).root());
        assertTrue(Peer.of(principal("0"), 7).root(), "uid 0 without a name");
        assertFalse(Peer.of(principal("parley"), 7).root());
        assertFalse(Peer.of(principal("nobody"), 7).root());
        assertFalse(Peer.of(principal("rooted"), 7).root());
        assertFalse(Peer.of(principal("00"), 7).root());
    }

    @Test
    void actorNamesUserAndProcess() {
        assertEquals("root (uid 0, parleyctl pid 4242)", new Peer("root", 4242).actor());
        assertEquals("root (uid 0, parleyctl)", new Peer("root", -1).actor());
        assertEquals("nobody (parleyctl pid 9)", new Peer("nobody", 9).actor());
    }

    static UnixDomainPrincipal principal(String user) {
        UserPrincipal u = () -> user;
        GroupPrincipal g = () -> user;
        return new UnixDomainPrincipal(u, g);
    }
}
