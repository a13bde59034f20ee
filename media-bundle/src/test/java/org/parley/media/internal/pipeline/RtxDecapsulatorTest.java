package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.rtp.BigEndian;

class RtxDecapsulatorTest {
    private final StreamTable streams = new StreamTable();
    private final ExtensionIds ids = new ExtensionIds();
    private final RtxPayloadTypes payloadTypes = new RtxPayloadTypes();
    private final EndpointCounters counters = new EndpointCounters();
    private final RtpParseNode parse = new RtpParseNode(streams, ids, counters);
    private final RtxDecapsulator node = new RtxDecapsulator(streams, payloadTypes, counters);
    private final PacketContext context = new PacketContext();

    @BeforeEach
    void signal() {
        streams.apply(List.of(new SignalledStream(Track.VIDEO, TestPackets.VIDEO_SSRC, TestPackets.VIDEO_RTX_SSRC)));
        ids.set(TestPackets.TRANSPORT_CC_ID, ExtensionIds.NONE, ExtensionIds.NONE);
        payloadTypes.set(TestPackets.RTX, TestPackets.VP8);
    }

    @Test
    void givesBackTheOriginalPacketByteForByte() {
        TestPackets.Rtp original = TestPackets.rtp(TestPackets.VIDEO_SSRC, 0xBEEF).payloadType(TestPackets.VP8)
                .timestamp(123_456).transportCc(77).payload(TestPackets.VP8_KEYFRAME);
        byte[] expected = Arrays.copyOf(original.build(), original.length());
        byte[] rtxPayload = new byte[2 + TestPackets.VP8_KEYFRAME.length];
        rtxPayload[0] = (byte) 0xBE;
        rtxPayload[1] = (byte) 0xEF;
        System.arraycopy(TestPackets.VP8_KEYFRAME, 0, rtxPayload, 2, TestPackets.VP8_KEYFRAME.length);

        assertTrue(run(TestPackets.rtp(TestPackets.VIDEO_RTX_SSRC, 0xBEEF).payloadType(TestPackets.RTX)
                .timestamp(123_456).transportCc(77).payload(rtxPayload)));

        byte[] repaired = Arrays.copyOfRange(context.packet.array(), context.packet.offset(),
                context.packet.offset() + context.packet.length());
        assertArrayEquals(expected, repaired);
        assertEquals(streams.lookup(TestPackets.VIDEO_SSRC), context.stream);
        assertEquals(TestPackets.VIDEO_SSRC, context.ssrc);
        assertEquals(0xBEEF, context.sequenceNumber);
        assertEquals(TestPackets.VP8, context.payloadType);
        assertEquals(-1, context.originalSequenceNumber);
        assertTrue(context.keyframe);
    }

    @Test
    void consumesProbesAndDropsUnknownRtxTypes() {
        assertFalse(run(TestPackets.rtp(TestPackets.VIDEO_RTX_SSRC, 1).payloadType(TestPackets.RTX).payload()));
        assertEquals(1, node.probes());
        assertEquals(0, counters.droppedTotal(), "a probe is not a drop");
        assertFalse(run(TestPackets.rtp(TestPackets.VIDEO_RTX_SSRC, 2).payloadType(100).payload((byte) 0, (byte) 1)));
        assertEquals(1, counters.dropped(DropReason.RTX_UNKNOWN_PAYLOAD_TYPE));
    }

    @Test
    void mediaPassesUntouched() {
        assertTrue(run(TestPackets.rtp(TestPackets.VIDEO_SSRC, 9).payloadType(TestPackets.VP8)));
        assertEquals(9, context.sequenceNumber);
        assertEquals(0, context.packet.offset());
    }

    private boolean run(TestPackets.Rtp packet) {
        byte[] array = packet.build();
        context.reset();
        context.packet.wrap(array, 0, packet.length(), null);
        context.ssrc = BigEndian.int32(array, 8);
        context.stream = streams.lookup(context.ssrc);
        return parse.run(context) && node.run(context);
    }
}
