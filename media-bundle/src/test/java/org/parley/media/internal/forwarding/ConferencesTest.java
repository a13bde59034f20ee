package org.parley.media.internal.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.api.MediaRefused;
import org.parley.media.internal.pipeline.PacketContext;

/** Conferences come and go with their legs; speakers, snapshots and totals. */
class ConferencesTest {
    private final Meeting meeting = new Meeting();

    @AfterEach
    void noListenerWasCalledUnderALock() {
        assertEquals(List.of(), meeting.violations());
    }

    @Test
    void idsMustBeUrlSafeAndAParticipantHasOneLegPerMeeting() throws MediaRefused {
        RecordingListener listener = new RecordingListener();
        for (String bad : new String[] {"", "a b", "a/b", "x".repeat(65), null}) {
            MediaRefused refused = assertThrows(MediaRefused.class, () -> meeting.conferences.open(bad, "p", listener));
            assertTrue(refused.getMessage().startsWith("meetingId must be"), refused.getMessage());
            assertThrows(MediaRefused.class, () -> meeting.conferences.open("m", bad, listener));
        }
        meeting.conferences.open("m", "p_1-" + "x".repeat(59), listener);

        MediaRefused twice = assertThrows(MediaRefused.class, () -> meeting.conferences.open("m", "p_1-"
                + "x".repeat(59), listener));
        assertTrue(twice.getMessage().contains("already has an open media leg"), twice.getMessage());
        meeting.conferences.open("other", "p_1-" + "x".repeat(59), listener);
    }

    @Test
    void theFirstLegMakesTheConferenceAndTheLastRemovesIt() throws MediaRefused {
        Participant a = meeting.open(1);
        Participant b = meeting.open(2);
        Conference first = meeting.conference();
        assertTrue(first == b.leg.conference());

        a.leg.close();
        assertNotNull(meeting.conference());
        b.leg.close();
        assertNull(meeting.conference());

        Participant c = meeting.open(3);
        assertNotSame(first, c.leg.conference(), "a retired conference takes no more legs");
    }

    @Test
    void aNewDominantSpeakerIsAnnouncedToEveryLegOnceAndToLateJoiners() throws MediaRefused {
        Participant a = meeting.join(1);
        Participant b = meeting.join(2);
        Conference conference = meeting.conference();

        conference.lock().lock();
        try {
            conference.speakerChanged("p2");
            conference.speakerChanged("p2");
        } finally {
            conference.lock().unlock();
        }
        Participant late = meeting.open(3);
        meeting.events.runAll();

        assertEquals(List.of("p2"), a.listener.speakers());
        assertEquals(List.of("p2"), b.listener.speakers());
        assertEquals(List.of("p2"), late.listener.speakers());
    }

    @Test
    void snapshotsShowEveryLegAndTotalsKeepClosedLegsAndNeverShrink() throws MediaRefused {
        Participant a = meeting.join(1);
        Participant b = meeting.join(2);
        meeting.settle(a, b);
        FakeTransport toB = new FakeTransport();
        b.leg.bind(toB);
        a.leg.forward(Track.AUDIO, true);
        PacketContext in = RtpPackets.packet(new PacketContext(), (int) a.browser.ssrc(Track.AUDIO), 1, 88);
        Conference conference = meeting.conference();
        conference.lock().lock();
        try {
            for (int i = 0; i < 2; i++) {
                assertTrue(a.leg.media().receive(in));
                conference.router().route(a.leg, in);
            }
        } finally {
            conference.lock().unlock();
        }

        List<ConferenceSnapshot> snapshot = meeting.conferences.snapshot();
        assertEquals(1, snapshot.size());
        LegSnapshot bSnapshot = snapshot.get(0).legs().stream().filter(l -> l.participantId().equals("p2"))
                .findFirst().orElseThrow();
        assertEquals("CONNECTED", bSnapshot.state());
        assertEquals("udp", bSnapshot.transport());
        assertEquals(2, bSnapshot.stats().packetsSent());

        TrafficTotals before = meeting.conferences.totals();
        assertEquals(2, before.packetsIn());
        assertEquals(2, before.packetsOut());
        assertEquals(200, before.bytesOut());
        assertEquals(1, before.conferences());
        assertEquals(2, before.legs());
        b.leg.close();
        a.leg.close();
        TrafficTotals after = meeting.conferences.totals();

        assertEquals(new TrafficTotals(2, 200, 2, 200, before.dropped(), 0, 0), after);
        assertEquals(0L, after.dropped().get(RouteDrop.NOT_FORWARDED.label()));
    }

    @Test
    void closingEverythingTellsEveryListenerClosed() throws MediaRefused {
        Participant a = meeting.join(1);
        Participant b = meeting.open(2);

        meeting.conferences.closeAll();
        meeting.events.runAll();

        for (Participant p : List.of(a, b)) {
            assertEquals(MediaConnection.State.CLOSED,
                    p.listener.connections().get(p.listener.connections().size() - 1).state());
        }
        assertNull(meeting.conference());
    }
}
