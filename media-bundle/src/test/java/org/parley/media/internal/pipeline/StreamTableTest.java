package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.sdp.SdpParser;
import org.parley.media.internal.sdp.SdpRefusal;
import org.parley.media.internal.sdp.SessionDescription;

class StreamTableTest {
    private final StreamTable table = new StreamTable();

    @Test
    void findsSignalledStreamsAndTheirRtx() {
        table.apply(List.of(new SignalledStream(Track.AUDIO, 0xDEADBEEFL, -1),
                new SignalledStream(Track.VIDEO, 2882400001L, 2882400002L)));

        int audio = table.lookup(0xDEADBEEF);
        int video = table.lookup((int) 2882400001L);
        int rtx = table.lookup((int) 2882400002L);
        assertEquals(3, table.size());
        assertEquals(Track.AUDIO, table.track(audio));
        assertEquals(48_000, table.clockRate(audio));
        assertFalse(table.isRtx(audio) || table.isVideo(audio));
        assertEquals(Track.VIDEO, table.track(video));
        assertEquals(90_000, table.clockRate(video));
        assertFalse(table.isRtx(video));
        assertTrue(table.isRtx(rtx) && table.isVideo(rtx));
        assertEquals(video, table.repairedStream(rtx));
        assertEquals(StreamTable.NOT_FOUND, table.repairedStream(video));
        assertEquals((int) 2882400002L, table.ssrc(rtx));
        assertEquals(StreamTable.NOT_FOUND, table.lookup(0xDEADBEEE));
        assertEquals(StreamTable.NOT_FOUND, table.lookup(0));
    }

    @Test
    void keepsTheIndexOfAnSsrcThatStaysAndFreesTheOthers() {
        table.apply(List.of(new SignalledStream(Track.AUDIO, 1, -1), new SignalledStream(Track.VIDEO, 2, 3)));
        int audio = table.lookup(1);
        int video = table.lookup(2);

        table.apply(List.of(new SignalledStream(Track.SCREEN, 9, 10), new SignalledStream(Track.VIDEO, 2, 3),
                new SignalledStream(Track.AUDIO, 1, -1)));

        assertEquals(audio, table.lookup(1));
        assertEquals(video, table.lookup(2));
        assertEquals(Track.SCREEN, table.track(table.lookup(9)));
        assertEquals(table.lookup(9), table.repairedStream(table.lookup(10)));

        table.apply(List.of(new SignalledStream(Track.AUDIO, 1, -1)));
        assertEquals(audio, table.lookup(1));
        assertEquals(StreamTable.NOT_FOUND, table.lookup(2));
        assertEquals(StreamTable.NOT_FOUND, table.lookup(9));
        assertEquals(1, table.size());
        assertFalse(table.active(video));
    }

    @Test
    void anSsrcThatChangesTrackGetsAFreshIndex() {
        table.apply(List.of(new SignalledStream(Track.VIDEO, 5, -1)));
        int before = table.lookup(5);
        table.apply(List.of(new SignalledStream(Track.AUDIO, 6, -1), new SignalledStream(Track.SCREEN, 5, -1)));
        assertNotEquals(before, table.lookup(5));
        assertEquals(Track.SCREEN, table.track(table.lookup(5)));
    }

    @Test
    void sixteenCollidingSsrcsAreAllFoundAndNothingElseIs() {
        List<Integer> colliding = new ArrayList<>();
        Random random = new Random(7);
        while (colliding.size() < StreamTable.MAX_STREAMS) {
            int candidate = random.nextInt();
            if (candidate * 0x9E3779B9 >>> 27 == 3) {
                colliding.add(candidate);
            }
        }
        List<SignalledStream> streams = new ArrayList<>();
        colliding.forEach(ssrc -> streams.add(new SignalledStream(Track.VIDEO, ssrc & 0xFFFF_FFFFL, -1)));
        table.apply(streams);

        Set<Integer> indices = new HashSet<>();
        for (int ssrc : colliding) {
            int stream = table.lookup(ssrc);
            assertEquals(ssrc, table.ssrc(stream));
            indices.add(stream);
        }
        assertEquals(StreamTable.MAX_STREAMS, indices.size());
        for (int i = 0; i < 20_000; i++) {
            int other = random.nextInt();
            assertEquals(colliding.contains(other) ? table.lookup(other) : StreamTable.NOT_FOUND, table.lookup(other));
        }
    }

    @Test
    void refusesRepeatedSsrcsAndTooMany() {
        assertThrows(IllegalArgumentException.class, () -> table.apply(List.of(
                new SignalledStream(Track.AUDIO, 1, -1), new SignalledStream(Track.VIDEO, 2, 1))));
        List<SignalledStream> many = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            many.add(new SignalledStream(Track.VIDEO, 100 + 2 * i, 101 + 2 * i));
        }
        assertThrows(IllegalArgumentException.class, () -> table.apply(many));
        assertThrows(IllegalArgumentException.class, () -> new SignalledStream(Track.VIDEO, 4, 4));
    }

    @Test
    void readsTheSendingStreamsOfChromesOffer() throws SdpRefusal, IOException {
        SessionDescription offer = SdpParser.parseOffer(resource("chrome-offer-audio-video.sdp"));
        List<SignalledStream> streams = SignalledStream.in(offer, Map.of("0", Track.AUDIO, "1", Track.VIDEO));
        assertEquals(List.of(new SignalledStream(Track.AUDIO, 3735928559L, -1),
                new SignalledStream(Track.VIDEO, 2882400001L, 2882400002L)), streams);

        assertEquals(List.of(new SignalledStream(Track.AUDIO, 3735928559L, -1)),
                SignalledStream.in(offer, Map.of("0", Track.AUDIO)), "an m-line not named is not received");
    }

    @Test
    void simulcastWithoutSsrcLinesSignalsNothingForThatMline() throws SdpRefusal, IOException {
        SessionDescription offer = SdpParser.parseOffer(resource("chrome-offer-audio-video-screen-simulcast.sdp"));
        List<SignalledStream> streams = SignalledStream.in(offer,
                Map.of("0", Track.AUDIO, "1", Track.VIDEO, "2", Track.SCREEN));
        assertEquals(List.of(new SignalledStream(Track.AUDIO, 3735928559L, -1),
                new SignalledStream(Track.SCREEN, 1122334455L, 1122334466L)), streams);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = StreamTableTest.class.getResourceAsStream("/org/parley/media/internal/sdp/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
