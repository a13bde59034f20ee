package org.parley.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class NetworkRangeTest {

    private static InetAddress ip(String text) throws Exception {
        return InetAddress.getByName(text);
    }

    @Test
    void ipv4Ranges() throws Exception {
        NetworkRange range = NetworkRange.parse("10.1.0.0/16");
        assertTrue(range.contains(ip("10.1.200.3")));
        assertFalse(range.contains(ip("10.2.0.1")));
        assertTrue(NetworkRange.parse("0.0.0.0/0").contains(ip("192.0.2.1")));
        assertTrue(NetworkRange.parse("192.0.2.7").contains(ip("192.0.2.7")));
        assertFalse(NetworkRange.parse("192.0.2.7").contains(ip("192.0.2.8")));
        assertTrue(NetworkRange.parse("172.16.0.0/12").contains(ip("172.31.255.255")));
        assertFalse(NetworkRange.parse("172.16.0.0/12").contains(ip("172.32.0.0")));
    }

    @Test
    void ipv6RangesAndFamilies() throws Exception {
        NetworkRange range = NetworkRange.parse("2001:db8::/32");
        assertTrue(range.contains(ip("2001:db8:ffff::1")));
        assertFalse(range.contains(ip("2001:db9::1")));
        assertFalse(range.contains(ip("10.0.0.1")));
        assertFalse(NetworkRange.parse("0.0.0.0/0").contains(ip("::1")));
    }

    @Test
    void rejectsNamesAndBadPrefixes() {
        assertThrows(IllegalArgumentException.class, () -> NetworkRange.parse("proxy.example.org"));
        assertThrows(IllegalArgumentException.class, () -> NetworkRange.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> NetworkRange.parse("10.0.0.0/x"));
        assertThrows(IllegalArgumentException.class, () -> NetworkRange.parse(""));
    }
}
