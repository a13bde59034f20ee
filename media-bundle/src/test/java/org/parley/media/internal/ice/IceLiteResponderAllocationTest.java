package org.parley.media.internal.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** The steady-state path (same endpoint, same source object) allocates less than one byte per request. */
class IceLiteResponderAllocationTest {
    private static final int REQUESTS = 100_000;
    private static final int DISTINCT = 64;

    @Test
    void answeringAllocatesNothing() {
        IceEndpoint endpoint = new IceEndpoint(IceLiteResponderTest.LOCAL_UFRAG, IceLiteResponderTest.LOCAL_PASSWORD,
                IceLiteResponderTest.CHROME_UFRAG);
        IceLiteResponder responder = new IceLiteResponder(
                (array, offset, length) -> endpoint.isLocalUfrag(array, offset, length) ? endpoint : null);
        byte[][] requests = new byte[DISTINCT][];
        for (int i = 0; i < DISTINCT; i++) {
            byte[] tx = IceLiteResponderTest.TRANSACTION.clone();
            tx[0] = (byte) i;
            requests[i] = new StunBytes(StunMessage.BINDING_REQUEST, tx)
                    .text(StunAttribute.USERNAME, "pLy7:OwJ6").uint32(StunAttribute.PRIORITY, i)
                    .integrity(IceLiteResponderTest.LOCAL_PASSWORD).fingerprint().bytes();
        }
        InetSocketAddress source = new InetSocketAddress("203.0.113.5", 50000);
        byte[] out = new byte[StunWriter.MAX_RESPONSE_BYTES];
        run(responder, requests, source, out);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        long sent = run(responder, requests, source, out);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertEquals(2L * REQUESTS, responder.count(CheckOutcome.ANSWERED));
        assertTrue(sent > 0);
        assertTrue(allocated < REQUESTS, allocated + " bytes for " + REQUESTS + " requests");
    }

    private static long run(IceLiteResponder responder, byte[][] requests, InetSocketAddress source, byte[] out) {
        long sent = 0;
        for (int i = 0; i < REQUESTS; i++) {
            byte[] request = requests[i % DISTINCT];
            sent += responder.respond(request, 0, request.length, source, i, out, 0);
        }
        return sent;
    }
}
