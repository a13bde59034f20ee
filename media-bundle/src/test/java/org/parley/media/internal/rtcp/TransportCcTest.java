package org.parley.media.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.media.internal.rtp.HostileInput.hex;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TransportCcTest {

    private static final long REFERENCE_MICROS = 0x010203L * 64_000;

    private final TransportCcFeedback feedback = new TransportCcFeedback(2048);
    private final TransportCcWriter writer = new TransportCcWriter(4096);

    @Test
    void readsChromeFeedbackWithRunLengthAndBothVectorKinds() {
        byte[] packet = hex(ChromeRtcp.TWCC);
        assertEquals(RtcpRefusal.NONE, feedback.wrap(packet, 0, packet.length));
        assertEquals(0x5e0a2b3c, feedback.mediaSsrc());
        assertEquals(44, feedback.baseSequence());
        assertEquals(28, feedback.packetStatusCount());
        assertEquals(0x010203, feedback.referenceTime());
        assertEquals(5, feedback.feedbackCount());
        assertEquals(16, feedback.receivedCount());
        int[] expectedSequences = {44, 45, 46, 47, 48, 49, 50, 51, 53, 54, 56, 57, 58, 60, 61, 71};
        int[] expectedDeltas = {4, 20, 0, 40, 5, 16, 8, 32, -200, 80, 1, 2, 3, 4, 250, 9};
        long time = REFERENCE_MICROS;
        for (int index = 0; index < 16; index++) {
            assertEquals(expectedSequences[index], feedback.receivedSequence(index), "sequence " + index);
            assertEquals(expectedDeltas[index], feedback.receivedDelta(index), "delta " + index);
            time += expectedDeltas[index] * 250L;
            assertEquals(time, feedback.receivedTimeMicros(index));
        }
    }

    @Test
    void writerBuildsTheSameBytesFromTheArrivals() {
        byte[] packet = hex(ChromeRtcp.TWCC);
        feedback.wrap(packet, 0, packet.length);
        long[] sequences = new long[16];
        long[] arrivals = new long[16];
        for (int index = 0; index < 16; index++) {
            sequences[index] = feedback.receivedSequence(index);
            arrivals[index] = feedback.receivedTimeMicros(index);
        }
        byte[] written = new byte[1200];
        int length = writer.write(written, 0, 1200, 0xfa17fa17, 0x5e0a2b3c, 5, sequences, arrivals, 16);
        assertEquals(16, writer.included());
        assertEquals(RtcpRefusal.NONE, feedback.wrap(written, 0, length));
        assertEquals(16, feedback.receivedCount());
        for (int index = 0; index < 16; index++) {
            assertEquals(sequences[index], feedback.receivedSequence(index));
            assertEquals(arrivals[index], feedback.receivedTimeMicros(index));
        }
    }

    @Test
    void writeThenParseIsIdentityOnRandomArrivals() {
        Random random = new Random(17);
        byte[] buffer = new byte[1500];
        byte[] again = new byte[1500];
        for (int round = 0; round < 3_000; round++) {
            int count = 1 + random.nextInt(300);
            long[] sequences = new long[count];
            long[] arrivals = new long[count];
            fillRandom(random, sequences, arrivals);
            int length = writer.write(buffer, 0, 1500, 1, 2, round, sequences, arrivals, count);
            int included = writer.included();
            assertTrue(included > 0 && length <= 1500 && length % 4 == 0);
            assertEquals(RtcpRefusal.NONE, feedback.wrap(buffer, 0, length));
            assertEquals(included, feedback.receivedCount());
            for (int index = 0; index < included; index++) {
                assertEquals(sequences[index] & 0xffff, feedback.receivedSequence(index));
                assertEquals(Math.floorDiv(arrivals[index] + 125, 250) * 250, feedback.receivedTimeMicros(index));
                sequences[index] = feedback.receivedSequence(index) + (sequences[index] & ~0xffffL);
                arrivals[index] = feedback.receivedTimeMicros(index);
            }
            int rewritten = writer.write(again, 0, 1500, 1, 2, round, sequences, arrivals, included);
            assertArrayEquals(Arrays.copyOf(buffer, length), Arrays.copyOf(again, rewritten), "write is stable");
        }
    }

    @Test
    void writerStopsAtTheLengthLimitAndAtUnencodableDeltas() {
        long[] sequences = new long[100];
        long[] arrivals = new long[100];
        for (int index = 0; index < 100; index++) {
            sequences[index] = 1000 + 2 * index;
            arrivals[index] = 5_000_000 + index * 300_000L;
        }
        byte[] buffer = new byte[200];
        int length = writer.write(buffer, 0, 64, 1, 2, 0, sequences, arrivals, 100);
        assertTrue(length <= 64 && writer.included() > 0 && writer.included() < 100);
        assertEquals(RtcpRefusal.NONE, feedback.wrap(buffer, 0, length));
        assertEquals(writer.included(), feedback.receivedCount());
        arrivals[3] = arrivals[2] + 9_000_000;
        writer.write(buffer, 0, 200, 1, 2, 0, sequences, arrivals, 100);
        assertEquals(3, writer.included(), "a delta beyond 8.19 s cannot be encoded");
        long[] descending = {5, 4};
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(buffer, 0, 200, 1, 2, 0, descending, new long[2], 2));
    }

    @Test
    void refusesChunksAndDeltasPastTheEnd() {
        byte[] packet = hex(ChromeRtcp.TWCC);
        packet[3] = 6;
        assertEquals(RtcpRefusal.DELTAS_PAST_END, feedback.wrap(packet, 0, 28));
        assertEquals(26 + 17, feedback.refusedNeed());
        assertEquals(28, feedback.refusedHave());
        assertEquals(0, feedback.receivedCount());
        assertEquals(RtcpRefusal.CHUNKS_PAST_END, feedback.wrap(packet, 0, 24));
        assertEquals(26, feedback.refusedNeed());
        assertEquals(RtcpRefusal.TOO_SHORT, feedback.wrap(packet, 0, 19));
    }

    @Test
    void refusesReservedStatusAndTooManyPackets() {
        byte[] packet = hex(ChromeRtcp.TWCC);
        packet[22] = (byte) 0xff;
        assertEquals(RtcpRefusal.RESERVED_STATUS, feedback.wrap(packet, 0, packet.length));
        packet = hex(ChromeRtcp.TWCC);
        assertEquals(RtcpRefusal.TOO_MANY_PACKETS, new TransportCcFeedback(8).wrap(packet, 0, packet.length));
    }

    private static void fillRandom(Random random, long[] sequences, long[] arrivals) {
        long sequence = random.nextInt(1 << 20);
        long time = random.nextLong() & 0x3f_ffff_ffffL; // below the 24-bit reference time wrap (6.2 days)
        for (int index = 0; index < sequences.length; index++) {
            sequence += 1 + (random.nextInt(4) == 0 ? random.nextInt(20) : 0);
            time += random.nextInt(10) == 0 ? random.nextInt(2_000_000) - 500_000 : random.nextInt(30_000);
            sequences[index] = sequence;
            arrivals[index] = time;
        }
    }
}
