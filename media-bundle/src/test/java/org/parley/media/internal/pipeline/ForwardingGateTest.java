package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaLeg.Track;

class ForwardingGateTest {
    private final StreamTable streams = new StreamTable();
    private final EndpointCounters counters = new EndpointCounters();
    private final ForwardingGate gate = new ForwardingGate(streams, counters);
    private final PacketContext context = new PacketContext();

    @BeforeEach
    void signal() {
        streams.apply(TestPackets.microphoneCameraAndScreen());
    }

    @Test
    void everyTrackStartsClosedAndOpensAndClosesOnItsOwn() {
        assertFalse(passes(TestPackets.AUDIO_SSRC) || passes(TestPackets.VIDEO_SSRC)
                || passes(TestPackets.SCREEN_SSRC));
        gate.allow(Track.VIDEO, true);
        assertTrue(passes(TestPackets.VIDEO_SSRC));
        assertTrue(passes(TestPackets.VIDEO_RTX_SSRC), "RTX follows its track");
        assertFalse(passes(TestPackets.AUDIO_SSRC) || passes(TestPackets.SCREEN_SSRC));
        gate.allow(Track.AUDIO, true);
        gate.allow(Track.VIDEO, false);
        assertTrue(passes(TestPackets.AUDIO_SSRC));
        assertFalse(passes(TestPackets.VIDEO_SSRC) || passes(TestPackets.VIDEO_RTX_SSRC));
        assertEquals(7, counters.dropped(DropReason.NOT_FORWARDED));
        assertEquals(7, gate.dropped());
    }

    @Test
    void rtcpAlwaysPassesAndAnUnknownStreamNever() {
        context.reset();
        context.rtcp = true;
        assertTrue(gate.run(context));
        gate.allow(Track.AUDIO, true);
        context.reset();
        assertFalse(gate.run(context), "no stream");
    }

    private boolean passes(int ssrc) {
        context.reset();
        context.ssrc = ssrc;
        context.stream = streams.lookup(ssrc);
        return gate.run(context);
    }
}
