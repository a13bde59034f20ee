package org.parley.signaling.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.signaling.internal.testing.FakeTransport;

class OutgoingQueueTest {

    final FakeTransport transport = new FakeTransport();
    final OutgoingQueue queue = new OutgoingQueue(transport, 3);

    @Test
    void framesGoOutInOrderOneSendAtATime() {
        transport.holdSends();
        queue.offer("a");
        queue.offer("b");
        queue.offer("c");
        assertEquals(List.of("a"), transport.sent());
        transport.completeSends();
        assertEquals(List.of("a", "b"), transport.sent());
        transport.completeSends();
        transport.completeSends();
        assertEquals(List.of("a", "b", "c"), transport.sent());
    }

    @Test
    void sendsThatCompleteAtOnceDoNotRecurse() {
        OutgoingQueue large = new OutgoingQueue(transport, 100_000);
        transport.holdSends();
        IntStream.range(0, 100_000).forEach(i -> large.offer("m" + i));
        transport.releaseSends();
        assertEquals(100_000, transport.sent().size());
        assertEquals("m99999", transport.sent().get(99_999));
    }

    @Test
    void aFullQueueSaysNoAndQueuesNothing() {
        transport.holdSends();
        assertTrue(queue.offer("in flight"));
        assertTrue(queue.offer("1"));
        assertTrue(queue.offer("2"));
        assertTrue(queue.offer("3"));
        assertFalse(queue.offer("4"));
        assertEquals(3, queue.size());
    }

    @Test
    void closeAfterQueuedWaitsForTheFramesThenDropsLaterOnes() {
        transport.holdSends();
        queue.offer("last words");
        queue.closeAfterQueued(new Closing(4002, "removed"));
        queue.offer("too late");
        assertNull(transport.closed());
        transport.completeSends();
        assertEquals(new Closing(4002, "removed"), transport.closed());
        assertEquals(List.of("last words"), transport.sent());
    }

    @Test
    void closeNowCutsTheQueue() {
        transport.holdSends();
        queue.offer("a");
        queue.offer("b");
        queue.closeNow(new Closing(1008, "slow"));
        assertEquals(new Closing(1008, "slow"), transport.closed());
        transport.completeSends();
        assertEquals(List.of("a"), transport.sent());
    }

    @Test
    void aFailedSendStopsTheQueue() {
        List<String> tried = new java.util.ArrayList<>();
        OutgoingQueue failing = new OutgoingQueue(new Transport() {
            @Override
            public void send(String text, SendDone done) {
                tried.add(text);
                done.done(new java.io.IOException("broken pipe"));
            }

            @Override
            public void close(Closing closing) {
            }

            @Override
            public void abort() {
            }
        }, 3);
        failing.offer("a");
        failing.offer("b");
        assertEquals(List.of("a"), tried);
        assertEquals(0, failing.size());
    }
}
