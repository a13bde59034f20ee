package org.parley.health.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.api.ClientAddress;
import org.parley.health.internal.testing.Fakes;

class CallersTest {

    @Test
    void prefersTheAddressTheFrontDoorResolved() throws UnknownHostException {
        ClientAddress resolved = new ClientAddress(InetAddress.getByName("203.0.113.9"), true);

        ClientAddress caller = Callers.of(Fakes.request("127.0.0.1",
                Map.of(ClientAddress.REQUEST_ATTRIBUTE, resolved), Map.of()));

        assertSame(resolved, caller);
    }

    @Test
    void fallsBackToThePeerAddress() {
        assertEquals("127.0.0.1", Callers.of(Fakes.request("127.0.0.1", Map.of(), Map.of())).host());
    }

    @Test
    void unknownWhenThePeerIsNotAnAddress() {
        assertNull(Callers.of(Fakes.request("not-an-address", Map.of(), Map.of())));
        assertNull(Callers.of(Fakes.request(null, Map.of(), Map.of())));
    }
}
