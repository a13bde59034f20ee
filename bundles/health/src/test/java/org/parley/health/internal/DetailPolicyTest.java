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
        assertTrue(policy.maySeeDetails(new ClientAddress(InetAddress.getByName("127.0.0.1"), false), null));
        assertTrue(policy.maySeeDetails(new ClientAddress(InetAddress.getByName("::1"), true), null));
    }

    @Test
    void othersAndUnknownCallersDoNot() throws UnknownHostException {
        assertFalse(policy.maySeeDetails(new ClientAddress(InetAddress.getByName("10.1.2.3"), true), null));
        assertFalse(policy.maySeeDetails(null, null));
    }

    @Test
    void signedInAdminsAndAuditorsSeeDetailsFromAnywhere() throws Exception {
        ClientAddress remote = new ClientAddress(InetAddress.getByName("10.1.2.3"), true);
        assertTrue(policy.maySeeDetails(remote, caller("*")));
        assertTrue(policy.maySeeDetails(remote, caller("health:read", "audit:read")));
        assertFalse(policy.maySeeDetails(remote, caller("account:self", "meetings:join")));
    }

    private static org.parley.api.Caller caller(String... permissions) {
        return new org.parley.api.Caller("7", "local", "someone", java.util.Set.of(), java.util.Set.of(permissions),
                "session");
    }
}
