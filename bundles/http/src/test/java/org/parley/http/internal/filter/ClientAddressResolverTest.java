package org.parley.http.internal.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.api.ClientAddress;
import org.parley.api.NetworkRange;

class ClientAddressResolverTest {

    private final ClientAddressResolver resolver = new ClientAddressResolver(
            List.of(NetworkRange.parse("10.0.0.0/8"), NetworkRange.parse("127.0.0.1")));

    @Test
    void untrustedPeerHeadersAreIgnored() {
        ClientAddress client = resolver.resolve("192.0.2.5", false, "127.0.0.1", "https");
        assertEquals("192.0.2.5", client.host());
        assertFalse(client.secure());
    }

    @Test
    void trustedProxyNamesTheRightmostUntrustedHop() {
        ClientAddress client = resolver.resolve("10.1.1.1", false, "198.51.100.1, 203.0.113.9, 10.2.2.2", "https");
        assertEquals("203.0.113.9", client.host(), "the left part is whatever the client sent");
        assertTrue(client.secure());
        assertFalse(client.isLoopback());
    }

    @Test
    void garbageInTheHeaderStopsTheWalkAtTheLastGoodHop() {
        assertEquals("10.3.3.3", resolver.resolve("10.1.1.1", true, "evil.example.org, 10.3.3.3", null).host());
        assertEquals("10.1.1.1", resolver.resolve("10.1.1.1", true, "not-an-address", null).host());
    }

    @Test
    void forwardedProtoHttpMakesTheCallerInsecure() {
        assertFalse(resolver.resolve("127.0.0.1", true, null, "http").secure());
        assertTrue(resolver.resolve("127.0.0.1", true, null, null).secure());
        assertTrue(resolver.resolve("127.0.0.1", true, null, null).isLoopback());
    }

    @Test
    void ipv6PeersWork() {
        ClientAddress client = new ClientAddressResolver(List.of()).resolve("0:0:0:0:0:0:0:1", true, "10.0.0.1", null);
        assertTrue(client.isLoopback());
    }
}
