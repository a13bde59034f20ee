package org.parley.meetings.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaLeg.Track;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.internal.model.Meeting;

/** Media legs through live meetings, with a fake media service: negotiation relayed, host controls held on it. */
class MediaLegsTest extends LiveFixture {

    static final MeetingCommand.MediaOffer OFFER = new MeetingCommand.MediaOffer("v=0 camera+mic",
            Map.of("0", "audio", "1", "video"));

    private final Meeting open = meeting("MediaMediaMediaMedia01", false, true, 100);
    private final FakeMedia media = new FakeMedia();

    @BeforeEach
    void start() throws Exception {
        rooms.mediaBound(media);
        everyoneIn(open);
    }

    private FakeMedia.Leg offered(Person who) throws Exception {
        who.send(OFFER);
        return media.last(who.id());
    }

    private static CommandRefused refused(Person who, MeetingCommand command) {
        return assertThrows(CommandRefused.class, () -> who.send(command));
    }

    @Test
    void theFirstOfferOpensTheLegAndTheAnswerGoesToTheOffererOnly() throws Exception {
        assertEquals(List.of(), media.legs, "no leg before the first offer");
        bob.channel.clear();
        gina.channel.clear();
        FakeMedia.Leg leg = offered(bob);
        assertEquals(open.id(), leg.meetingId);
        assertEquals(List.of(Map.of("0", Track.AUDIO, "1", Track.VIDEO)), leg.offers);
        assertEquals(List.of(new MeetingEvent.MediaAnswer("answer:v=0 camera+mic")), bob.channel.events);
        assertEquals(List.of(), gina.channel.events);
        bob.send(new MeetingCommand.MediaOffer("v=0 +screen", Map.of("0", "audio", "1", "video", "2", "screen")));
        assertEquals(1, media.of(bob.id()).size(), "later offers renegotiate the same leg");
        assertEquals(Track.SCREEN, leg.offers.get(1).get("2"));
        assertEquals(new MeetingEvent.MediaAnswer("answer:v=0 +screen"),
                bob.channel.last(MeetingEvent.MediaAnswer.class));
    }

    @Test
    void serverOffersSpeakersAndConnectionStatesReachTheSeatAndAnswersReachTheLeg() throws Exception {
        FakeMedia.Leg leg = offered(gina);
        gina.channel.clear();
        leg.listener.offer(3, "v=0 others");
        leg.listener.speaker(bob.id());
        leg.listener.connection(new MediaConnection(MediaConnection.State.CONNECTED, "tcp", null));
        leg.listener.connection(new MediaConnection(MediaConnection.State.FAILED, null, "UDP and TCP blocked"));
        assertEquals(List.of(new MeetingEvent.MediaOffer(3, "v=0 others"), new MeetingEvent.Speaker(bob.id()),
                new MeetingEvent.MediaConnection("connected", "tcp", null),
                new MeetingEvent.MediaConnection("failed", null, "UDP and TCP blocked")), gina.channel.events);
        gina.send(new MeetingCommand.MediaAnswer(3, "v=0 gina answers"));
        assertEquals(List.of("3:v=0 gina answers"), leg.answers);
        assertEquals("invalid", refused(gina, new MeetingCommand.MediaAnswer(0, "v=0")).code());
        assertEquals("media", refused(bob, new MeetingCommand.MediaAnswer(1, "v=0")).code(), "no leg, no offer");
    }

    @Test
    void forwardFlagsFollowEveryChangeOfMuteState() throws Exception {
        FakeMedia.Leg hostLeg = offered(host);
        FakeMedia.Leg bobLeg = offered(bob);
        FakeMedia.Leg ginaLeg = offered(gina);
        for (FakeMedia.Leg leg : List.of(hostLeg, bobLeg, ginaLeg)) {
            assertEquals(Map.of(Track.AUDIO, true, Track.VIDEO, true, Track.SCREEN, true), leg.forwarded);
        }
        host.send(new MeetingCommand.Mute(bob.id()));
        assertFalse(bobLeg.forwards(Track.AUDIO));
        assertTrue(ginaLeg.forwards(Track.AUDIO));
        bob.send(new MeetingCommand.MediaState(false, false));
        assertTrue(bobLeg.forwards(Track.AUDIO), "unmuting oneself is allowed");
        host.send(new MeetingCommand.Mute(null));
        assertFalse(bobLeg.forwards(Track.AUDIO));
        assertFalse(ginaLeg.forwards(Track.AUDIO));
        assertTrue(hostLeg.forwards(Track.AUDIO), "mute all spares the sender");
        bob.send(OFFER);
        assertFalse(bobLeg.forwards(Track.AUDIO), "a browser re-enabling its track changes nothing on the server");
        host.send(new MeetingCommand.StopVideo(gina.id()));
        assertFalse(ginaLeg.forwards(Track.VIDEO));
        assertTrue(ginaLeg.forwards(Track.SCREEN), "stop-video leaves the screen share");
        gina.send(new MeetingCommand.MediaState(true, false));
        assertTrue(ginaLeg.forwards(Track.VIDEO));
        assertFalse(ginaLeg.forwards(Track.AUDIO));
    }

    @Test
    void aLegOpenedWhileMutedStartsMuted() throws Exception {
        host.send(new MeetingCommand.Mute(null));
        host.send(new MeetingCommand.StopVideo(bob.id()));
        FakeMedia.Leg bobLeg = offered(bob);
        assertEquals(Map.of(Track.AUDIO, false, Track.VIDEO, false, Track.SCREEN, true), bobLeg.forwarded);
    }

    @Test
    void removalLeaveAndTheEndCloseTheLegsAndTheirLateCallbacksAreDropped() throws Exception {
        FakeMedia.Leg ginaLeg = offered(gina);
        FakeMedia.Leg bobLeg = offered(bob);
        FakeMedia.Leg hostLeg = offered(host);
        host.send(new MeetingCommand.Remove(gina.id(), false));
        assertTrue(ginaLeg.closed);
        assertFalse(bobLeg.closed);
        ginaLeg.listener.offer(2, "late");
        bob.send(new MeetingCommand.Leave());
        assertTrue(bobLeg.closed);
        assertFalse(hostLeg.closed);
        host.send(new MeetingCommand.EndForAll());
        assertTrue(hostLeg.closed);
        hostLeg.listener.speaker(host.id());
        assertEquals(CloseReason.REMOVED, gina.channel.closed, "and nothing delivered after the close");
    }

    @Test
    void theLegClosesWhenTheResumeWindowEndsAndWhenTheParticipantAttachesAgain() throws Exception {
        FakeMedia.Leg ginaLeg = offered(gina);
        FakeMedia.Leg bobLeg = offered(bob);
        gina.attendance.disconnected();
        advance(Duration.ofSeconds(29));
        tick();
        assertFalse(ginaLeg.closed, "media goes on while the connection may resume");
        advance(Duration.ofSeconds(1));
        tick();
        assertTrue(ginaLeg.closed);
        bob.reattach();
        assertTrue(bobLeg.closed, "a new connection may be a new page: its first offer opens a new leg");
        FakeMedia.Leg again = offered(bob);
        assertFalse(again.closed);
        assertEquals(2, media.of(bob.id()).size());
    }

    @Test
    void theLobbyCannotOfferOrAnswer() throws Exception {
        Meeting lobbied = meeting("MediaLobbyMediaLobby01", true, true, 100);
        enter(lobbied, OWNER);
        Person waiting = enter(lobbied, guest("Gus", "198.51.100.8"));
        assertEquals("forbidden", waiting.refusal(OFFER));
        assertEquals("forbidden", waiting.refusal(new MeetingCommand.MediaAnswer(1, "v=0")));
        assertEquals(List.of(), media.of(waiting.id()));
    }

    @Test
    void aGlareRefusalIsRelayedWithItsMessageAndTheLegStays() throws Exception {
        FakeMedia.Leg leg = offered(bob);
        leg.refuse = "glare: the server's offer (version 2) awaits an answer";
        CommandRefused glare = refused(bob, OFFER);
        assertEquals("media", glare.code());
        assertTrue(glare.getMessage().startsWith("glare"), glare.getMessage());
        assertFalse(leg.closed);
    }

    @Test
    void aRefusedOpenSaysWhyAndARefusedFirstOfferLeavesNoLegOpen() throws Exception {
        media.refuseOpen = "media ports are not bound";
        CommandRefused notOpened = refused(gina, OFFER);
        assertEquals("media", notOpened.code());
        assertEquals("media ports are not bound", notOpened.getMessage());
        assertEquals(List.of(), media.legs);
        media.refuseOpen = null;
        media.refuseOffersOfNewLegs = "the offer has no Opus or VP8";
        assertEquals("the offer has no Opus or VP8", refused(gina, OFFER).getMessage());
        assertTrue(media.last(gina.id()).closed);
        media.refuseOffersOfNewLegs = null;
        FakeMedia.Leg leg = offered(gina);
        assertFalse(leg.closed);
        assertEquals(2, media.of(gina.id()).size());
    }

    @Test
    void badMediaCommandsAreInvalid() {
        assertEquals("invalid", refused(bob, new MeetingCommand.MediaOffer(" ", Map.of())).code());
        assertEquals("invalid", refused(bob, new MeetingCommand.MediaOffer("x".repeat(60_001), Map.of())).code());
        assertEquals("invalid", refused(bob, new MeetingCommand.MediaOffer("v=0", Map.of("0", "camera"))).code());
        assertEquals("invalid", refused(bob, new MeetingCommand.MediaOffer("v=0", Map.of("a b", "audio"))).code());
        assertEquals(List.of(), media.legs);
    }

    @Test
    void withoutAMediaServiceMediaCommandsAreRefusedAndNothingElseChanges() throws Exception {
        FakeMedia.Leg leg = offered(bob);
        rooms.mediaUnbound(media);
        assertTrue(leg.closed);
        assertEquals(LegEvents.CLOSED, bob.channel.last(MeetingEvent.MediaConnection.class));
        gina.channel.clear();
        CommandRefused refusal = refused(gina, OFFER);
        assertEquals("media", refusal.code());
        assertEquals("media is not available on this server", refusal.getMessage());
        assertEquals("media", refused(bob, new MeetingCommand.MediaAnswer(1, "v=0")).code());
        assertEquals(List.of(), gina.channel.events);
        gina.send(new MeetingCommand.Chat(null, "can you hear me?"));
        host.send(new MeetingCommand.Mute(gina.id()));
        assertEquals(2, gina.channel.events.size(), "chat and mute go on: " + gina.channel.events);
    }

    @Test
    void whenTheServiceComesBackEveryoneAdmittedIsToldToOfferAfresh() throws Exception {
        rooms.mediaUnbound(media);
        host.channel.clear();
        FakeMedia back = new FakeMedia();
        rooms.mediaBound(back);
        for (Person who : List.of(host, bob, gina)) {
            assertEquals(new MeetingEvent.MediaReset(), who.channel.last(MeetingEvent.MediaReset.class));
        }
        gina.send(OFFER);
        assertEquals(1, back.of(gina.id()).size());
    }

    @Test
    void aReplacingServiceDropsTheOldServicesLegs() throws Exception {
        FakeMedia.Leg old = offered(bob);
        FakeMedia newer = new FakeMedia();
        rooms.mediaBound(newer);
        rooms.mediaUnbound(media);
        assertTrue(old.closed);
        bob.send(OFFER);
        assertEquals(1, newer.of(bob.id()).size(), "the newer service stays bound");
    }

    @Test
    void aLegClosedByTheMediaSideIsForgottenAndTheNextOfferOpensANewOne() throws Exception {
        FakeMedia.Leg leg = offered(gina);
        leg.listener.connection(new MediaConnection(MediaConnection.State.CLOSED, null, null));
        assertEquals(LegEvents.CLOSED, gina.channel.last(MeetingEvent.MediaConnection.class));
        assertTrue(leg.closed);
        gina.send(OFFER);
        assertEquals(2, media.of(gina.id()).size());
    }

    @Test
    void aServerOfferMadeDuringTheBrowsersOfferArrivesAfterTheAnswer() throws Exception {
        FakeMedia.Leg leg = offered(bob);
        Thread mediaThread = new Thread(() -> leg.listener.offer(2, "v=0 with gina"));
        leg.duringOffer = () -> {
            mediaThread.start();
            waitUntilParked(mediaThread);
        };
        bob.channel.clear();
        bob.send(OFFER);
        mediaThread.join(5_000);
        assertEquals(List.of(new MeetingEvent.MediaAnswer("answer:v=0 camera+mic"),
                new MeetingEvent.MediaOffer(2, "v=0 with gina")), bob.channel.events);
    }

    /** Waits until the thread blocks (on the room's lock), or ends. */
    private static void waitUntilParked(Thread thread) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TERMINATED
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
