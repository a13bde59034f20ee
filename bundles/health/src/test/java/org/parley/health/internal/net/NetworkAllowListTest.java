package org.parley.health.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class NetworkAllowListTest {

    @Test
    void emptyListAllowsLoopbackOnly() throws UnknownHostException {
        NetworkAllowList list = NetworkAllowList.parse();

        assertTrue(list.permits(InetAddress.getByName("127.0.0.1")));
        assertTrue(list.permits(InetAddress.getByName("127.3.4.5")));
        assertTrue(list.permits(InetAddress.getByName("::1")));
        assertFalse(list.permits(InetAddress.getByName("10.0.0.1")));
        assertFalse(list.permits(null));
    }

    @Test
    void configuredNetworksAreAllowedBesidesLoopback() throws UnknownHostException {
        NetworkAllowList list = NetworkAllowList.parse("10.0.0.0/8", "2001:db8::/32");

        assertTrue(list.permits(InetAddress.getByName("10.20.30.40")));
        assertTrue(list.permits(InetAddress.getByName("2001:db8::5")));
        assertTrue(list.permits(InetAddress.getByName("127.0.0.1")));
        assertFalse(list.permits(InetAddress.getByName("192.0.2.1")));
    }

    @Test
    void matchesPrefixesOfEveryLength() throws UnknownHostException {
        NetworkAllowList list = NetworkAllowList.parse("172.16.0.0/12", "192.0.2.9", "fe80::/10");

        assertTrue(list.permits(InetAddress.getByName("172.31.255.255")));
        assertFalse(list.permits(InetAddress.getByName("172.32.0.0")));
        assertTrue(list.permits(InetAddress.getByName("192.0.2.9")));
        assertFalse(list.permits(InetAddress.getByName("192.0.2.10")));
        assertTrue(list.permits(InetAddress.getByName("febf::1")));
        assertFalse(list.permits(InetAddress.getByName("fec0::1")));
    }

    @Test
    void acceptsCommaSeparatedAndBlankEntriesFromHandEditedFiles() {
        assertEquals(3, NetworkAllowList.parse("10.0.0.0/8, 192.168.0.0/16", "", " 2001:db8::/32 ").size());
        assertEquals(0, NetworkAllowList.parse((String[]) null).size());
    }

    @Test
    void refusesTheWholeListForOneBadEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NetworkAllowList.parse("10.0.0.0/8", "office-lan"));
        assertTrue(e.getMessage().contains("office-lan"), e.getMessage());
    }
}
