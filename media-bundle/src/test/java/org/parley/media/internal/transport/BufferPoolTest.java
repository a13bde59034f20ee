package org.parley.media.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class BufferPoolTest {
    @Test
    void reusesBuffersAndCountsWhenMisSized() {
        BufferPool pool = new BufferPool(2);
        byte[] a = pool.take();
        byte[] b = pool.take();
        assertEquals(BufferPool.BUFFER_BYTES, a.length);
        assertEquals(0, pool.idle());
        byte[] extra = pool.take();
        assertEquals(1, pool.allocatedBeyondCapacity());
        pool.give(b);
        pool.give(a);
        pool.give(extra);
        assertEquals(1, pool.discardedBeyondCapacity());
        assertSame(a, pool.take());
        assertSame(b, pool.take());
    }

    @Test
    void refusesForeignBuffersAndBadCapacity() {
        BufferPool pool = new BufferPool(1);
        assertThrows(IllegalArgumentException.class, () -> pool.give(new byte[1500]));
        assertThrows(IllegalArgumentException.class, () -> new BufferPool(0));
    }

    @Test
    void packetIsAViewThatStaysInsideItsArray() {
        byte[] buffer = new BufferPool(1).take();
        buffer[10] = (byte) 0xC8;
        InetSocketAddress source = new InetSocketAddress("192.0.2.1", 5000);
        Packet packet = new Packet().wrap(buffer, 10, 100, source);
        assertEquals(0xC8, packet.unsignedByte(0));
        assertSame(source, packet.source());
        packet.setRange(12, 20);
        assertEquals(12, packet.offset());
        assertThrows(IndexOutOfBoundsException.class, () -> packet.unsignedByte(20));
        assertThrows(IndexOutOfBoundsException.class, () -> packet.wrap(buffer, 1590, 11, source));
        assertThrows(IndexOutOfBoundsException.class, () -> packet.setRange(-1, 4));
    }
}
