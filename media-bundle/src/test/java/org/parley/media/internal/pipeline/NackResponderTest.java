package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.rtcp.GenericNack;
import org.parley.media.internal.transport.BufferPool;

class NackResponderTest {
    private static final int SLOT_SSRC = 0x5107;
    private static final long MILLI = 1_000_000L;

    private final OutgoingStreams streams = new OutgoingStreams(0x10C41, new BufferPool(8));
    private final RoundTripEstimator roundTrip = new RoundTripEstimator();
    private final List<Integer> wire = new ArrayList<>();
    private final NackResponder responder = new NackResponder(streams, roundTrip,
            (array, offset, length) -> wire.add(array[offset] & 0xFF));
    private final PacketContext context = new PacketContext();

    @Test
    void resendsEachPacketOncePerRoundTrip() {
        OutgoingStream stream = streams.open(SLOT_SSRC, 90_000, true);
        for (int sequence = 10; sequence < 14; sequence++) {
            stream.retransmissions().store(new byte[] {(byte) sequence}, 0, 1, sequence, 0);
        }
        nack(0, 11, 13);
        assertEquals(List.of(11, 13), wire);
        nack(99, 11);
        assertEquals(List.of(11, 13), wire, "the default interval (no RTT yet) is 100 ms");
        nack(100, 11, 12);
        assertEquals(List.of(11, 13, 11, 12), wire);

        roundTrip.senderReportSent(0x1234, 0);
        roundTrip.onReportBlock(0x1234, 0, 250 * MILLI);
        nack(300, 11);
        assertEquals(4, wire.size(), "now a 250 ms round trip: 200 ms after the last is too early");
        nack(350, 11);
        assertEquals(5, wire.size());
        assertEquals(5, responder.nacks());
    }

    @Test
    void ignoresStreamsItDoesNotSendWithNack() {
        streams.open(SLOT_SSRC, 48_000, false);
        nack(0, 1);
        byte[] other = new byte[64];
        run(other, GenericNack.write(other, 0, 1, 0x999, new int[] {1}, 1), 0);
        assertEquals(2, responder.unknownStream());
        assertTrue(wire.isEmpty());
    }

    private void nack(long millis, int... lost) {
        byte[] packet = new byte[64];
        run(packet, GenericNack.write(packet, 0, 0xB0B, SLOT_SSRC, lost, lost.length), millis);
    }

    private void run(byte[] packet, int length, long millis) {
        context.reset();
        context.packet.wrap(packet, 0, length, null);
        context.rtcp = true;
        context.arrivalNanos = millis * MILLI;
        assertTrue(responder.run(context));
    }
}
