package org.parley.media.internal.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.api.MediaRefused;
import org.parley.media.internal.sdp.Direction;
import org.parley.media.internal.sdp.MediaDescription;
import org.parley.media.internal.sdp.Msid;
import org.parley.media.internal.sdp.SdpParser;
import org.parley.media.internal.sdp.SdpRefusal;
import org.parley.media.internal.sdp.SessionDescription;
import org.parley.media.internal.sdp.Setup;

/** Negotiation through the {@link org.parley.media.api.MediaLeg} API with two and three legs. */
class LegTest {
    private final Meeting meeting = new Meeting();

    @AfterEach
    void noListenerWasCalledUnderALock() {
        assertEquals(List.of(), meeting.violations());
    }

    @Test
    void theAnswerIsIceLiteWithTheLegsOwnCredentialsAndHostCandidates() throws Exception {
        Participant a = meeting.open(1);
        Participant b = meeting.open(2);

        String text = a.offer();
        SessionDescription answer = SdpParser.parse(text);

        assertTrue(answer.iceLite());
        MediaDescription audio = answer.media("0");
        assertEquals(Direction.RECVONLY, audio.direction());
        assertEquals(a.leg.localUfrag(), audio.ice().ufrag());
        assertTrue(a.leg.localUfrag().length() >= 8 && audio.ice().pwd().length() >= 24);
        assertTrue(a.leg.localUfrag().chars().allMatch(Character::isLetterOrDigit));
        assertNotEquals(a.leg.localUfrag(), b.leg.localUfrag());
        assertEquals(Meeting.SERVER_FINGERPRINT, audio.fingerprint().hex());
        assertEquals(Setup.PASSIVE, audio.setup(), "the browser offered actpass: the SFU is the DTLS server");
        assertTrue(text.contains("a=candidate:1 1 udp 2130706431 203.0.113.7 10000 typ host\r\n"), text);
        assertTrue(text.contains(" 203.0.113.7 4443 typ host tcptype passive\r\n"), text);
    }

    @Test
    void theFirstOfferRegistersTheIceStateAndTheDtlsParameters() throws Exception {
        Participant a = meeting.open(1);
        assertNull(a.leg.iceEndpoint());
        assertNull(meeting.directory.find(a.leg.localUfrag()));

        a.offer();

        assertEquals(a.leg, meeting.directory.find(a.leg.localUfrag()));
        assertTrue(a.leg.dtls().serverRole());
        assertEquals(FakeBrowser.FINGERPRINT, a.leg.dtls().remoteFingerprint().hex());
        meeting.events.runAll();
        assertEquals(List.of(new MediaConnection(MediaConnection.State.CONNECTING, null, null)),
                a.listener.connections());
    }

    @Test
    void eachLegIsOfferedTheOthersTracksWithTheSendersIdAsStream() throws Exception {
        Participant a = meeting.join(1);
        Participant b = meeting.join(2);
        meeting.events.runAll();

        SessionDescription toA = SdpParser.parse(a.listener.lastOffer().sdp());
        SessionDescription toB = SdpParser.parse(b.listener.lastOffer().sdp());

        assertEquals(List.of(msid(b, "p2", Track.AUDIO), msid(b, "p2", Track.VIDEO)), sentMsids(toA));
        assertEquals(List.of(msid(a, "p1", Track.AUDIO), msid(a, "p1", Track.VIDEO)), sentMsids(toB));
        assertNotEquals(sentMsids(toA).get(0).track(), sentMsids(toB).get(0).track(),
                "track ids are unique in the conference, so a page never confuses two senders' audio");
        MediaDescription video = toA.media("s2");
        assertEquals(Direction.SENDONLY, video.direction());
        long announced = video.ssrcs().get(0).ssrc();
        assertNotEquals(b.browser.ssrc(Track.VIDEO), announced, "receivers see an SSRC the SFU chose");
        assertEquals(announced & 0xFFFF_FFFFL,
                meeting.conference().track(b.leg.uplink().published(Track.VIDEO).id()).forwardedSsrc() & 0xFFFF_FFFFL);
    }

    @Test
    void aScreenShareIsAVideoTrackOfTheParticipantsScreenStream() throws Exception {
        Participant a = meeting.join(1);
        Participant b = meeting.open(2);
        b.browser.shareScreen();
        b.offer();
        meeting.settle(a, b);

        SessionDescription toA = SdpParser.parse(a.listener.lastOffer().sdp());

        assertEquals(List.of(msid(b, "p2", Track.AUDIO), msid(b, "p2", Track.VIDEO),
                msid(b, "p2~screen", Track.SCREEN)), sentMsids(toA));
    }

    @Test
    void aLateJoinerIsOfferedToEveryoneAndALeaverGetsPortZero() throws Exception {
        Participant a = meeting.join(1);
        Participant b = meeting.join(2);
        meeting.settle(a, b);
        Participant c = meeting.join(3);
        meeting.settle(a, b, c);
        assertEquals(4, sentMsids(SdpParser.parse(a.listener.lastOffer().sdp())).size());
        assertEquals(4, sentMsids(SdpParser.parse(c.listener.lastOffer().sdp())).size());

        c.leg.close();
        meeting.events.runAll();

        for (Participant stays : List.of(a, b)) {
            SessionDescription offer = SdpParser.parse(stays.listener.lastOffer().sdp());
            List<MediaDescription> left = offer.media().stream()
                    .filter(m -> m.mid().startsWith("s") && m.rejected()).toList();
            assertEquals(2, left.size(), "participant 3's audio and video m-lines get port 0");
            assertEquals(2, sentMsids(offer).size());
            assertFalse(offer.bundle().contains(left.get(0).mid()));
        }
    }

    @Test
    void revisionsCountUpAndAnAnswerMustNameTheAwaitedOne() throws Exception {
        Participant a = meeting.join(1);
        Participant b = meeting.join(2);
        meeting.events.runAll();
        RecordingListener.Offer first = a.listener.lastOffer();
        assertEquals(1, first.revision());
        String answer = a.browser.answer(first.sdp());

        MediaRefused wrong = assertThrows(MediaRefused.class, () -> a.leg.answer(2, answer));
        assertTrue(wrong.getMessage().contains("revision 2 answered, revision 1 awaits"), wrong.getMessage());
        MediaRefused garbage = assertThrows(MediaRefused.class, () -> a.leg.answer(1, "v=0\r\nnonsense\r\n"));
        assertTrue(garbage.getMessage().startsWith("SDP"), garbage.getMessage());

        a.leg.answer(1, answer);
        meeting.settle(b);
        MediaRefused again = assertThrows(MediaRefused.class, () -> a.leg.answer(1, answer));
        assertTrue(again.getMessage().startsWith("no server offer awaits"), again.getMessage());

        b.browser.shareScreen();
        b.offer();
        meeting.events.runAll();
        assertEquals(2, a.listener.lastOffer().revision());
    }

    /** Participant 1 after participant 2 joined: the server's offer of 2's tracks awaits 1's answer. */
    private Participant firstOfTwoWithAnOfferOutstanding() throws MediaRefused {
        Participant a = meeting.join(1);
        meeting.join(2);
        meeting.events.runAll();
        return a;
    }

    @Test
    void aBrowserOfferWhileTheServerOfferIsOutstandingIsGlare() throws Exception {
        Participant a = firstOfTwoWithAnOfferOutstanding();
        RecordingListener.Offer outstanding = a.listener.lastOffer();

        MediaRefused glare = assertThrows(MediaRefused.class, a::offer);

        assertTrue(glare.getMessage().startsWith("glare"), glare.getMessage());
        a.answer(outstanding);
        String answer = a.offer();
        assertEquals(4, SdpParser.parse(answer).media().size(), "after rolling back and answering it offers again,"
                + " its own two m-lines and the two it receives on");
    }

    @Test
    void changesWhileAnOfferIsOutstandingAreCoalescedIntoOneOfferAfterTheAnswer() throws Exception {
        Participant a = firstOfTwoWithAnOfferOutstanding();
        RecordingListener.Offer outstanding = a.listener.lastOffer();

        meeting.join(3);
        meeting.join(4);
        meeting.events.runAll();
        assertEquals(1, a.listener.offers().size(), "no offer while one awaits its answer");

        a.answer(outstanding);
        meeting.events.runAll();

        assertEquals(2, a.listener.offers().size());
        assertEquals(6, sentMsids(SdpParser.parse(a.listener.lastOffer().sdp())).size());
    }

    @Test
    void theSendingMapMustNameEverySendingMlineWithATrackOfItsKind() throws Exception {
        Participant a = meeting.open(1);
        String offer = a.browser.offer();

        assertRefused("m-line mid 1 sends video but sending does not say",
                () -> a.leg.offer(offer, Map.of("0", Track.AUDIO)));
        assertRefused("m-line mid 0 is audio, not a video track",
                () -> a.leg.offer(offer, Map.of("0", Track.VIDEO, "1", Track.SCREEN)));
        assertRefused("sending names mid 7",
                () -> a.leg.offer(offer, Map.of("0", Track.AUDIO, "1", Track.VIDEO, "7", Track.SCREEN)));
        a.browser.shareScreen();
        assertRefused("mids 1 and 2 both send the video track",
                () -> a.leg.offer(a.browser.offer(), Map.of("0", Track.AUDIO, "1", Track.VIDEO, "2", Track.VIDEO)));
        assertRefused("SDP line", () -> a.leg.offer("v=0\r\n", Map.of()));
        assertNull(a.leg.dtls(), "a refused offer leaves the leg as it was");
    }

    private static void assertRefused(String start, org.junit.jupiter.api.function.Executable call) {
        MediaRefused refused = assertThrows(MediaRefused.class, call);
        assertTrue(refused.getMessage().startsWith(start), refused.getMessage());
    }

    @Test
    void aClosedLegRefusesOffersIgnoresTheRestAndStillCounts() throws Exception {
        Participant a = meeting.join(1);
        a.leg.forward(Track.AUDIO, true);

        a.leg.close();
        a.leg.close();
        meeting.events.runAll();

        assertNull(meeting.directory.find(a.leg.localUfrag()), "its ICE checks are no longer answered");
        assertRefused("this media leg is closed", a::offer);
        a.leg.answer(1, "v=0\r\n");
        a.leg.forward(Track.VIDEO, true);
        a.leg.bind(new FakeTransport());
        assertEquals(0, a.leg.stats().packetsSent());
        assertEquals(new MediaConnection(MediaConnection.State.CLOSED, null, null),
                a.listener.connections().get(a.listener.connections().size() - 1));
        assertNull(meeting.conference(), "the last leg out removes the conference");
    }

    @Test
    void aParticipantsTracksAreForwardedOnlyOnceAllowed() throws Exception {
        Participant a = meeting.join(1);

        assertFalse(a.leg.uplink().forwards(Track.AUDIO));
        a.leg.forward(Track.AUDIO, true);
        assertTrue(a.leg.uplink().forwards(Track.AUDIO));
        assertFalse(a.leg.uplink().forwards(Track.VIDEO));
        a.leg.forward(Track.AUDIO, false);
        assertFalse(a.leg.uplink().forwards(Track.AUDIO));
    }

    @Test
    void bindingTheTransportTellsTheListenerConnectedOverItsKind() throws Exception {
        Participant a = meeting.join(1);
        FakeTransport tcp = new FakeTransport("tcp", true);

        a.leg.bind(tcp);
        a.leg.bind(tcp);
        meeting.events.runAll();

        assertEquals(new MediaConnection(MediaConnection.State.CONNECTED, "tcp", null),
                a.listener.connections().get(a.listener.connections().size() - 1));
        assertEquals(2, a.listener.connections().size(), "CONNECTING, then CONNECTED once");
    }

    /** The msids of the m-lines the server sends on (accepted, sendonly), in order. */
    /** The msid receivers see for {@code sender}'s {@code track}: stream {@code stream}, track id kind-id. */
    static Msid msid(Participant sender, String stream, Track track) {
        int id = sender.leg.uplink().published(track).id();
        return new Msid(stream, track.name().toLowerCase(java.util.Locale.ROOT) + "-" + id);
    }

    static List<Msid> sentMsids(SessionDescription offer) {
        return offer.media().stream().filter(m -> !m.rejected() && m.direction() == Direction.SENDONLY)
                .map(MediaDescription::msid).toList();
    }

    static SessionDescription parse(String sdp) {
        try {
            return SdpParser.parse(sdp);
        } catch (SdpRefusal e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
