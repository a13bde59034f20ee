package org.parley.media.internal.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 4571 reassembly: any split, many frames per read, refused lengths, buffers back to the pool. */
class Rfc4571ReaderTest {
    private final BufferPool pool = new BufferPool(2);
    private final Rfc4571Reader reader = new Rfc4571Reader(pool);
    private final List<byte[]> frames = new ArrayList<>();
    private final Rfc4571Reader.FrameHandler collect =
            (array, offset, length) -> frames.add(Arrays.copyOfRange(array, offset, offset + length));

    static byte[] framed(byte[]... packets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] packet : packets) {
            out.write(packet.length >>> 8);
            out.write(packet.length);
            out.writeBytes(packet);
        }
        return out.toByteArray();
    }

    static byte[] packet(int length, int seed) {
        byte[] packet = new byte[length];
        new Random(seed).nextBytes(packet);
        return packet;
    }

    @Test
    void aFrameSplitAtEveryPositionIsReassembled() {
        byte[] packet = packet(300, 1);
        byte[] stream = framed(packet, packet(20, 2));
        for (int split = 0; split <= stream.length; split++) {
            frames.clear();
            assertTrue(reader.read(ByteBuffer.wrap(stream, 0, split), collect));
            assertTrue(reader.read(ByteBuffer.wrap(stream, split, stream.length - split), collect));
            assertEquals(2, frames.size(), "split at " + split);
            assertArrayEquals(packet, frames.get(0), "split at " + split);
            assertFalse(reader.inFrame());
        }
        assertEquals(2, pool.idle());
    }

    @Test
    void oneByteAtATime() {
        byte[] stream = framed(packet(1, 3), packet(1600, 4), packet(7, 5));
        for (byte b : stream) {
            assertTrue(reader.read(ByteBuffer.wrap(new byte[] {b}), collect));
        }
        assertEquals(List.of(1, 1600, 7), frames.stream().map(f -> f.length).toList());
        assertArrayEquals(packet(1600, 4), frames.get(1));
    }

    @Test
    void manyFramesInOneRead() {
        byte[][] packets = new byte[50][];
        for (int i = 0; i < packets.length; i++) {
            packets[i] = packet(1 + i * 17, i);
        }
        assertTrue(reader.read(ByteBuffer.wrap(framed(packets)), collect));
        assertEquals(50, frames.size());
        for (int i = 0; i < packets.length; i++) {
            assertArrayEquals(packets[i], frames.get(i));
        }
    }

    @Test
    void lengthZeroAndOversizeBreakTheStream() {
        assertFalse(reader.read(ByteBuffer.wrap(new byte[] {0, 0, 1, 2}), collect));
        assertEquals(0, reader.refusedLength());
        Rfc4571Reader another = new Rfc4571Reader(pool);
        assertTrue(another.read(ByteBuffer.wrap(framed(packet(5, 6))), collect));
        assertFalse(another.read(ByteBuffer.wrap(new byte[] {0x06, 0x41}), collect));
        assertEquals(1601, another.refusedLength());
        assertEquals(1, frames.size());
        assertEquals(0xFFFF, refused(new byte[] {(byte) 0xFF, (byte) 0xFF}));
    }

    private int refused(byte[] stream) {
        Rfc4571Reader fresh = new Rfc4571Reader(pool);
        assertFalse(fresh.read(ByteBuffer.wrap(stream), collect));
        return fresh.refusedLength();
    }

    @Test
    void releaseGivesAHalfFrameBack() {
        byte[] stream = framed(packet(100, 7));
        assertTrue(reader.read(ByteBuffer.wrap(stream, 0, 50), collect));
        assertEquals(1, pool.idle());
        reader.release();
        assertEquals(2, pool.idle());
    }

    @Test
    void theBufferGoesBackEvenWhenTheHandlerThrows() {
        Rfc4571Reader.FrameHandler failing = (array, offset, length) -> {
            throw new IllegalStateException("sink bug");
        };
        assertThrows(IllegalStateException.class, () -> reader.read(ByteBuffer.wrap(framed(packet(10, 8))), failing));
        assertEquals(2, pool.idle());
        assertFalse(reader.inFrame());
    }

    @Test
    void randomStreamsNeverThrowAndNeverHandOutABadLength() {
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            Rfc4571Reader fresh = new Rfc4571Reader(pool);
            byte[] stream = new byte[random.nextInt(4_000)];
            random.nextBytes(stream);
            int at = 0;
            boolean ok = true;
            while (ok && at < stream.length) {
                int chunk = Math.min(stream.length - at, 1 + random.nextInt(700));
                ok = fresh.read(ByteBuffer.wrap(stream, at, chunk), (array, offset, length) -> {
                    assertTrue(length >= 1 && length <= Rfc4571Reader.MAX_FRAME_BYTES, "length " + length);
                });
                at += chunk;
            }
            fresh.release();
        }
        assertEquals(2, pool.idle());
    }
}
