package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.rtp.HeaderExtensions;
import org.parley.media.internal.rtp.RtpHeader;
import org.parley.media.internal.rtp.RtpRefusal;

/** Packet lists of one or more sources through one receiver slot: what the receiver sees, byte by byte. */
class StreamRewriterTest {
    private static final int SLOT_SSRC = 0xCAFE0001;
    private static final int FIRST = 0x11111111;
    private static final int SECOND = 0x22222222;
    private static final long MILLI = 1_000_000L;

    private final StreamRewriter rewriter = new StreamRewriter(SLOT_SSRC, 90_000);
    private final HeaderTranslation vp8 = new HeaderTranslation().payloadType(SendPackets.VP8, SendPackets.VP8)
            .extension(SendPackets.TRANSPORT_CC_ID, SendPackets.TRANSPORT_CC_ID);
    private final RtpHeader header = new RtpHeader();
    private final HeaderExtensions elements = new HeaderExtensions();
    private final PacketContext context = new PacketContext();

    @Test
    void firstSourceKeepsItsNumbersUnderTheSlotsSsrc() {
        rewriter.bind(FIRST, vp8);
        byte[] packet = SendPackets.packet(SendPackets.VP8, 1000, 5_000, FIRST, 10);
        byte[] expected = packet.clone();
        assertTrue(send(packet, 10, 0));
        expected[8] = (byte) 0xCA;
        expected[9] = (byte) 0xFE;
        expected[10] = 0x00;
        expected[11] = 0x01;
        Arrays.fill(expected, 16, 18, (byte) 0);
        Arrays.fill(expected, 21, 23, (byte) 0);
        assertArrayEquals(expected, packet, "SSRC replaced, level and mid blanked, transport-cc kept");
        assertEquals(SLOT_SSRC, context.ssrc);
        assertEquals(1000, context.sequenceNumber);
        assertEquals(5_000, context.timestamp);
    }

    @Test
    void aNewSourceContinuesTheNumberingWithTheTimeThatPassed() {
        rewriter.bind(FIRST, vp8);
        for (int i = 0; i < 3; i++) {
            assertTrue(send(SendPackets.VP8, 65_534 + i, 1_000 + 3_000L * i, FIRST, 5, i * 33));
        }
        rewriter.bind(SECOND, vp8);
        byte[] late = SendPackets.packet(SendPackets.VP8, 65_535, 4_000, FIRST, 5);
        assertFalse(send(late, 5, 100), "the old source's late packet would collide");
        byte[] first = SendPackets.packet(SendPackets.VP8, 40_000, 0xFFFF_FF00L, SECOND, 5);
        assertTrue(send(first, 5, 66 + 500));
        assertEquals(1, context.sequenceNumber, "65534, 65535, 0, then 1");
        assertEquals(7_000 + 500 * 90, context.timestamp, "the last timestamp + 500 ms at 90 kHz");
        assertTrue(send(SendPackets.VP8, 40_002, 0xFFFF_FF00L + 6_000, SECOND, 5, 66 + 566));
        assertEquals(3, context.sequenceNumber);
        assertEquals(7_000 + 500 * 90 + 6_000, context.timestamp, "offsets wrap the 32-bit timestamp");
        assertEquals(1, rewriter.switches());
        assertEquals(1, rewriter.droppedOtherSource());
    }

    @Test
    void aPacketReorderedFromBeforeTheSwitchIsDroppedButLaterReorderingPasses() {
        rewriter.bind(FIRST, vp8);
        assertTrue(send(SendPackets.VP8, 10, 0, FIRST, 5, 0));
        rewriter.bind(SECOND, vp8);
        assertTrue(send(SendPackets.VP8, 500, 0, SECOND, 5, 10));
        assertFalse(send(SendPackets.VP8, 499, 0, SECOND, 5, 11));
        assertTrue(send(SendPackets.VP8, 502, 0, SECOND, 5, 12));
        assertTrue(send(SendPackets.VP8, 501, 0, SECOND, 5, 13));
        assertEquals(12, context.sequenceNumber, "reordered after the switch: keeps its place");
        assertEquals(1, rewriter.droppedBeforeSwitch());
        assertEquals(4, rewriter.packets());
    }

    @Test
    void rebindingTheSameSourceKeepsTheOffsets() {
        rewriter.bind(FIRST, vp8);
        assertTrue(send(SendPackets.VP8, 10, 100, FIRST, 5, 0));
        rewriter.bind(FIRST, new HeaderTranslation().payloadType(SendPackets.VP8, 100));
        assertTrue(send(SendPackets.VP8, 11, 200, FIRST, 5, 1));
        assertEquals(11, context.sequenceNumber);
        assertEquals(100, context.payloadType);
        assertEquals(0, rewriter.switches());
    }

    @Test
    void dropsUnboundSourcesAndPayloadTypesTheReceiverLacks() {
        assertFalse(send(SendPackets.VP8, 1, 0, FIRST, 5, 0), "nothing bound yet");
        rewriter.bind(FIRST, vp8);
        byte[] opus = SendPackets.packet(SendPackets.OPUS, 2, 0, FIRST, 5);
        byte[] untouched = opus.clone();
        assertFalse(send(opus, 5, 1));
        assertArrayEquals(untouched, opus);
        assertEquals(1, rewriter.droppedPayloadType());
        assertEquals(0, rewriter.packets());
    }

    @Test
    void countsWhatSenderReportsNeed() {
        rewriter.bind(FIRST, vp8);
        assertTrue(send(SendPackets.VP8, 1, 90_000, FIRST, 100, 0));
        assertTrue(send(SendPackets.VP8, 3, 93_000, FIRST, 50, 10));
        assertTrue(send(SendPackets.VP8, 2, 91_500, FIRST, 70, 20));
        assertEquals(3, rewriter.packets());
        assertEquals(220, rewriter.payloadOctets());
        assertEquals(93_000 + 90 * 1_000, rewriter.timestampAt(1_010 * MILLI), "newest packet + 1 s at 90 kHz");
    }

    private boolean send(int payloadType, int sequence, long timestamp, int ssrc, int payload, long millis) {
        return send(SendPackets.packet(payloadType, sequence, timestamp, ssrc, payload), payload, millis);
    }

    private boolean send(byte[] packet, int payload, long millis) {
        assertEquals(RtpRefusal.NONE, header.wrap(packet, 0, SendPackets.HEADER_LENGTH + payload));
        return rewriter.rewrite(header, elements, context.reset(), millis * MILLI);
    }
}
