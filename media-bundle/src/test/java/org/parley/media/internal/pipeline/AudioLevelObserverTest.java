package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaLeg.Track;

class AudioLevelObserverTest {
    private static final long MS = 1_000_000L;

    @Test
    void feedsTheAudioLevelsOfItsParticipantAndReportsTheChange() {
        StreamTable streams = new StreamTable();
        streams.apply(List.of(new SignalledStream(Track.AUDIO, TestPackets.AUDIO_SSRC, -1),
                new SignalledStream(Track.VIDEO, TestPackets.VIDEO_SSRC, -1)));
        DominantSpeaker speakers = new DominantSpeaker();
        speakers.join("alice");
        int bob = speakers.join("bob");
        List<Integer> changes = new ArrayList<>();
        AudioLevelObserver observer = new AudioLevelObserver(streams, speakers, bob, changes::add);
        PacketContext context = new PacketContext();

        for (long ms = 0; ms < 3_000; ms += 20) {
            feed(observer, context, streams, TestPackets.VIDEO_SSRC, 10, ms);
        }
        assertEquals(List.of(), changes, "video carries no audio level");
        for (long ms = 3_000; ms < 6_000; ms += 20) {
            feed(observer, context, streams, TestPackets.AUDIO_SSRC, 25, ms);
        }
        assertEquals(List.of(bob), changes);
        assertEquals(bob, speakers.dominant());
    }

    private static void feed(AudioLevelObserver observer, PacketContext context, StreamTable streams, int ssrc,
            int level, long ms) {
        context.reset();
        context.stream = streams.lookup(ssrc);
        context.audioLevel = level;
        context.arrivalNanos = ms * MS;
        assertTrue(observer.run(context));
    }
}
