package org.parley.media.internal.dtls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class QueuedDatagramTransportTest {
    private final List<byte[]> sent = new ArrayList<>();
    private final QueuedDatagramTransport transport = new QueuedDatagramTransport(2, 1200, sent::add);

    @Test
    void copiesInBothDirections() throws Exception {
        byte[] buffer = {0, 1, 2, 3, 4, 5};
        assertTrue(transport.offer(buffer, 2, 3));
        buffer[2] = 99; // the I/O thread reuses its buffer at once
        byte[] into = new byte[10];
        assertEquals(3, transport.receive(into, 1, 9, 100));
        assertArrayEquals(new byte[] {0, 2, 3, 4, 0, 0, 0, 0, 0, 0}, into);

        transport.send(buffer, 1, 2);
        buffer[1] = 42;
        assertArrayEquals(new byte[] {1, 99}, sent.get(0));
        assertEquals(1200, transport.getSendLimit());
        assertEquals(DtlsSettings.RECEIVE_LIMIT, transport.getReceiveLimit());
    }

    @Test
    void boundedAndTimesOutWithMinusOne() throws Exception {
        assertTrue(transport.offer(new byte[] {1}, 0, 1));
        assertTrue(transport.offer(new byte[] {2}, 0, 1));
        assertFalse(transport.offer(new byte[] {3}, 0, 1));
        byte[] into = new byte[4];
        assertEquals(1, transport.receive(into, 0, 4, 10));
        assertEquals(1, transport.receive(into, 0, 4, 10));
        assertEquals(-1, transport.receive(into, 0, 4, 10));
        assertFalse(transport.hasPending());
    }

    @Test
    void closeWakesAWaitingReceiverAndRefusesEverything() throws Exception {
        CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return transport.receive(new byte[4], 0, 4, 0);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        Thread.sleep(50);
        transport.close();
        ExecutionException woken = assertThrows(ExecutionException.class, () -> waiting.get(5, TimeUnit.SECONDS));
        assertEquals(ClosedChannelException.class, woken.getCause().getClass());
        assertFalse(transport.offer(new byte[] {1}, 0, 1));
        assertThrows(ClosedChannelException.class, () -> transport.send(new byte[] {1}, 0, 1));
        assertTrue(transport.isClosed());
    }
}
