package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.transport.BufferPool;

class RetransmissionBufferTest {
    private static final long MILLI = 1_000_000L;
    private static final long RTT = 50 * MILLI;

    private final BufferPool pool = new BufferPool(64);
    private final RetransmissionBuffer buffer = new RetransmissionBuffer(pool, 16, 1_000 * MILLI);
    private final List<byte[]> sent = new ArrayList<>();
    private final PacketOutput output = (array, offset, length) -> sent.add(Arrays.copyOfRange(array, offset,
            offset + length));

    @Test
    void resendsTheStoredBytesOncePerRoundTrip() {
        byte[] packet = {1, 2, 3, 4, 5, 6};
        buffer.store(packet, 1, 4, 700, 0);
        packet[2] = 99;
        assertTrue(buffer.resend(700, 10 * MILLI, RTT, output));
        assertArrayEquals(new byte[] {2, 3, 4, 5}, sent.get(0), "a copy, taken when stored");
        assertFalse(buffer.resend(700, 40 * MILLI, RTT, output), "the first retransmission is still in flight");
        assertTrue(buffer.resend(700, 61 * MILLI, RTT, output));
        assertEquals(2, buffer.resent());
        assertEquals(1, buffer.tooEarly());
    }

    @Test
    void missesWhatWasNeverStoredOverwrittenOrTooOld() {
        store(100, 0);
        assertFalse(buffer.resend(99, 1, RTT, output));
        store(116, 1);
        assertFalse(buffer.resend(100, 2, RTT, output), "the ring overwrote 100 with 116");
        assertTrue(buffer.resend(116, 2, RTT, output));
        assertFalse(buffer.resend(116, 1_500 * MILLI, RTT, output), "older than a second");
        assertEquals(3, buffer.missing());
        assertEquals(List.of(116), firstBytes());
    }

    @Test
    void givesOldBuffersBackToThePoolAsNewerPacketsArrive() {
        for (int i = 0; i < 10; i++) {
            store(65_530 + i, i * 100 * MILLI);
        }
        assertEquals(10, buffer.held(), "a second's worth, across the sequence number wrap");
        assertEquals(54, pool.idle());
        store(65_540, 1_850 * MILLI);
        assertEquals(2, buffer.held(), "everything stored before 0.85 s was evicted");
        assertTrue(buffer.resend(65_539 & 0xFFFF, 1_860 * MILLI, RTT, output));
        assertFalse(buffer.resend(65_538 & 0xFFFF, 1_860 * MILLI, RTT, output));
        buffer.release();
        assertEquals(0, buffer.held());
        assertEquals(64, pool.idle());
    }

    @Test
    void reorderedPacketsAreKeptAndAncientOnesIgnored() {
        store(1_000, 0);
        store(1_002, 1);
        store(1_001, 2);
        assertTrue(buffer.resend(1_001, 3, RTT, output));
        store(1_002 - 16, 4);
        assertFalse(buffer.resend(1_002 - 16, 5, RTT, output), "older than the ring reaches: not stored");
        assertTrue(buffer.resend(1_002, 6, RTT, output), "and it did not overwrite its ring neighbour");
        assertEquals(3, buffer.held());
    }

    @Test
    void refusesABadCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new RetransmissionBuffer(pool, 100, 1));
        assertThrows(IllegalArgumentException.class, () -> new RetransmissionBuffer(pool, 1 << 16, 1));
        assertThrows(IllegalArgumentException.class, () -> new RetransmissionBuffer(pool, 0, 1));
    }

    private void store(int sequence, long nanos) {
        byte[] packet = {(byte) sequence, (byte) (sequence >>> 8)};
        buffer.store(packet, 0, packet.length, sequence & 0xFFFF, nanos);
    }

    private List<Integer> firstBytes() {
        return sent.stream().map(bytes -> (bytes[0] & 0xFF) | (bytes[1] & 0xFF) << 8).toList();
    }
}
