package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.rtp.BigEndian;

class RtpParseNodeTest {
    private final StreamTable streams = new StreamTable();
    private final ExtensionIds ids = new ExtensionIds();
    private final EndpointCounters counters = new EndpointCounters();
    private final RtpParseNode node = new RtpParseNode(streams, ids, counters);
    private final PacketContext context = new PacketContext();

    @BeforeEach
    void signal() {
        streams.apply(List.of(new SignalledStream(Track.AUDIO, TestPackets.AUDIO_SSRC, -1),
                new SignalledStream(Track.VIDEO, TestPackets.VIDEO_SSRC, TestPackets.VIDEO_RTX_SSRC)));
        ids.set(TestPackets.TRANSPORT_CC_ID, TestPackets.AUDIO_LEVEL_ID, TestPackets.MID_ID);
    }

    @Test
    void readsHeaderTransportNumberAndAudioLevel() {
        assertTrue(run(TestPackets.rtp(TestPackets.AUDIO_SSRC, 0xFFFE).timestamp(0xFFFF_FFF0L).transportCc(0x1234)
                .audioLevel(42, true)));
        assertEquals(0xFFFE, context.sequenceNumber);
        assertEquals(0xFFFF_FFF0L, context.timestamp);
        assertEquals(TestPackets.OPUS, context.payloadType);
        assertEquals(0x1234, context.transportSequenceNumber);
        assertEquals(42, context.audioLevel);
        assertTrue(context.voiceActivity);
        assertFalse(context.keyframe);

        assertTrue(run(TestPackets.rtp(TestPackets.AUDIO_SSRC, 1).audioLevel(127, false)));
        assertEquals(127, context.audioLevel);
        assertFalse(context.voiceActivity);
        assertEquals(-1, context.transportSequenceNumber, "no element");
    }

    @Test
    void extensionsThatWereNotNegotiatedAreNotRead() {
        ids.set(ExtensionIds.NONE, ExtensionIds.NONE, ExtensionIds.NONE);
        assertTrue(run(TestPackets.rtp(TestPackets.AUDIO_SSRC, 5).transportCc(9).audioLevel(30, true)));
        assertEquals(-1, context.transportSequenceNumber);
        assertEquals(-1, context.audioLevel);
        assertEquals(5, context.sequenceNumber);
    }

    @Test
    void marksTheFirstPacketOfAVp8KeyFrame() {
        assertTrue(run(video(10).payload(TestPackets.VP8_KEYFRAME)));
        assertTrue(context.keyframe);
        assertTrue(run(video(11).payload(TestPackets.VP8_DELTA)));
        assertFalse(context.keyframe);
        assertTrue(run(TestPackets.rtp(TestPackets.AUDIO_SSRC, 12).payload(TestPackets.VP8_KEYFRAME)));
        assertFalse(context.keyframe, "audio is never a key frame");
    }

    @Test
    void readsTheOriginalSequenceNumberOfRtx() {
        assertTrue(run(TestPackets.rtp(TestPackets.VIDEO_RTX_SSRC, 3).payloadType(TestPackets.RTX)
                .payload((byte) 0xAB, (byte) 0xCD, (byte) 0x10, (byte) 0x31)));
        assertEquals(0xABCD, context.originalSequenceNumber);
        assertFalse(context.keyframe);
        assertTrue(run(TestPackets.rtp(TestPackets.VIDEO_RTX_SSRC, 4).payloadType(TestPackets.RTX).payload()));
        assertEquals(-1, context.originalSequenceNumber, "a padding-only probe repairs nothing");
    }

    @Test
    void dropsAHeaderThatDoesNotParseAndPassesRtcp() {
        context.reset();
        context.stream = 0;
        context.packet.wrap(new byte[] {(byte) 0x9F, 111, 0, 1, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6}, 0, 14, null);
        assertFalse(node.run(context), "15 CSRCs cannot fit");
        assertEquals(1, counters.dropped(DropReason.MALFORMED_RTP));

        context.reset();
        context.rtcp = true;
        context.packet.wrap(new byte[] {(byte) 0x80, (byte) 201, 0, 1, 0, 0, 0, 1}, 0, 8, null);
        assertTrue(node.run(context));
        assertEquals(-1, context.sequenceNumber);
    }

    private static TestPackets.Rtp video(int sequence) {
        return TestPackets.rtp(TestPackets.VIDEO_SSRC, sequence).payloadType(TestPackets.VP8);
    }

    private boolean run(TestPackets.Rtp packet) {
        byte[] array = packet.build();
        context.reset();
        context.packet.wrap(array, 0, packet.length(), null);
        context.stream = streams.lookup(BigEndian.int32(array, 8));
        context.ssrc = streams.ssrc(context.stream);
        return node.run(context);
    }
}
