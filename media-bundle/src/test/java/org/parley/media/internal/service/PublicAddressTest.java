package org.parley.media.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void theConfiguredAddressIsAdvertisedAsWritten() {
        assertEquals("media.example.org", PublicAddress.of("media.example.org"));
    }

    @Test
    void otherwiseTheFirstUsableIpv4ThenIpv6ThenLoopback() throws UnknownHostException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        InetAddress linkLocal = InetAddress.getByName("fe80::1");
        InetAddress v6 = InetAddress.getByName("2001:db8::7");
        InetAddress v4 = InetAddress.getByName("192.0.2.10");

        assertEquals("192.0.2.10", PublicAddress.choose(List.of(loopback, linkLocal, v6, v4)));
        assertEquals("2001:db8:0:0:0:0:0:7", PublicAddress.choose(List.of(loopback, linkLocal, v6)));
        assertEquals("127.0.0.1", PublicAddress.choose(List.of(loopback, linkLocal)));
    }

    @Test
    void thisHostHasAnAddressToAdvertise() {
        String found = PublicAddress.of("");

        assertTrue(!found.isEmpty() && !found.contains("%"), found);
    }
}
