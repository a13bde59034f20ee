package org.parley.health.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.parley.api.ClientAddress;

class DetailPolicyTest {

    private final DetailPolicy policy = new DetailPolicy();

    @Test
    void loopbackCallersSeeDetails() throws UnknownHostException {
        assertTrue(policy.maySeeDetails(new ClientAddress(InetAddress.getByName("127.0.0.1"), false)));
        assertTrue(policy.maySeeDetails(new ClientAddress(InetAddress.getByName("::1"), true)));
    }

    @Test
    void othersAndUnknownCallersDoNot() throws UnknownHostException {
        assertFalse(policy.maySeeDetails(new ClientAddress(InetAddress.getByName("10.1.2.3"), true)));
        assertFalse(policy.maySeeDetails(null));
    }
}
