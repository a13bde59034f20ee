package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.media.internal.rtp.HostileInput.hex;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.rtp.ChromePackets;
import org.parley.media.internal.transport.BufferPool;

class TransportSequenceStamperTest {
    private static final long MILLI = 1_000_000L;

    private final ExtensionIds ids = new ExtensionIds();
    private final SentPacketLog log = new SentPacketLog(8);
    private final TransportSequenceStamper stamper = new TransportSequenceStamper(ids, log);
    private final PacketContext context = new PacketContext();

    @Test
    void numbersEveryPacketFromZeroAndWrapsOnTheWire() {
        ids.set(SendPackets.TRANSPORT_CC_ID, ExtensionIds.NONE, ExtensionIds.NONE);
        byte[] packet = SendPackets.packet(SendPackets.VP8, 1, 0, 1, 10);
        for (int i = 0; i < 65_537; i++) {
            assertTrue(stamper.run(SendPackets.forward(context, packet, 34, 0, i * MILLI)));
        }
        assertEquals(0, packet[SendPackets.TRANSPORT_CC_AT], "65536 wraps to 0 on the wire");
        assertEquals(0, packet[SendPackets.TRANSPORT_CC_AT + 1]);
        assertEquals(0, context.transportSequenceNumber);
        assertEquals(65_537, stamper.nextSequence());
        assertTrue(log.contains(65_536));
        assertFalse(log.contains(65_536 - 8), "the log keeps its capacity's worth");
        assertEquals(65_536 * MILLI, log.sendNanos(65_536));
        assertEquals(34, log.size(65_536));
    }

    @Test
    void writesTheReceiversIdInBothExtensionForms() {
        ids.set(3, ExtensionIds.NONE, ExtensionIds.NONE);
        byte[] vp8 = hex(ChromePackets.VP8);
        byte[] buffer = new byte[BufferPool.BUFFER_BYTES];
        System.arraycopy(vp8, 0, buffer, 0, vp8.length);
        stamper.run(SendPackets.forward(context, buffer, vp8.length, 0, 0));
        vp8[18] = 0;
        vp8[19] = 0;
        assertArrayEquals(vp8, Arrays.copyOf(buffer, vp8.length), "two-byte element 3 now says 0");
    }

    @Test
    void leavesPacketsWithoutTheElementAndLegsWithoutTheExtensionUnnumbered() {
        byte[] packet = SendPackets.packet(SendPackets.VP8, 1, 0, 1, 10);
        byte[] before = packet.clone();
        assertTrue(stamper.run(SendPackets.forward(context, packet, 34, 0, 0)), "not negotiated: passes");
        ids.set(9, ExtensionIds.NONE, ExtensionIds.NONE);
        assertTrue(stamper.run(SendPackets.forward(context, packet, 34, 0, 0)), "no element 9: passes");
        assertArrayEquals(before, packet);
        assertEquals(-1, context.transportSequenceNumber);
        assertEquals(2, stamper.unnumbered());
        assertEquals(0, stamper.nextSequence());
        assertFalse(log.contains(0));
    }
}
