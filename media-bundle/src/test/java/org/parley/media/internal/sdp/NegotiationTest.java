package org.parley.media.internal.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NegotiationTest {
    private Negotiation negotiation;

    @BeforeEach
    void browserOffersFirst() throws SdpRefusal {
        negotiation = new Negotiation(SdpFixtures.LOCAL);
        negotiation.answer(SdpFixtures.offer(SdpFixtures.AUDIO_VIDEO));
    }

    @Test
    void reOffersForTwoThenThreeThenTwoParticipantsKeepMidsStable() throws SdpRefusal {
        SessionDescription two = settle(negotiation.offer(tracks(1, 2)).write());
        assertEquals(List.of("0", "1", "s1", "s2", "s3", "s4"), mids(two));
        assertEquals(List.of("0", "1", "s1", "s2", "s3", "s4"), two.bundle());

        SessionDescription three = settle(negotiation.offer(tracks(1, 2, 3)).write());
        assertEquals(List.of("0", "1", "s1", "s2", "s3", "s4", "s5", "s6"), mids(three));

        SessionDescription back = settle(negotiation.offer(tracks(1, 3)).write());
        assertEquals(List.of("0", "1", "s1", "s2", "s3", "s4", "s5", "s6"), mids(back), "mids stay while removed");
        assertEquals(List.of("0", "1", "s1", "s2", "s5", "s6"), back.bundle());
        assertTrue(back.media("s3").rejected() && back.media("s4").rejected());

        SessionDescription recycled = settle(negotiation.offer(tracks(1, 3, 4)).write());
        assertEquals(List.of("0", "1", "s1", "s2", "s7", "s8", "s5", "s6"), mids(recycled),
                "participant 4 recycles participant 2's answered m-lines with new mids");
    }

    @Test
    void reOfferDescribesEachSentTrackWithMsidAndSsrcs() throws SdpRefusal {
        String offer = negotiation.offer(tracks(1)).write();
        SessionDescription parsed = SdpParser.parse(offer);

        assertTrue(offer.contains("a=setup:actpass\r\n") && !offer.contains("a=setup:passive"));
        assertTrue(offer.contains("o=- 7000000000000000001 2 IN IP4 0.0.0.0\r\n"), "version counts up");
        MediaDescription video = parsed.media("s2");
        assertEquals(Direction.SENDONLY, video.direction());
        assertEquals(new Msid("stream-1", "video-1"), video.msid());
        assertEquals(1_000_011L, video.rtxSsrcOf(1_000_010L));
        assertEquals("cname-1", video.ssrcs().get(0).cname());
        assertEquals(List.of("96", "97"), video.formats(), "the payload types the browser chose for its video");
        assertEquals(Direction.RECVONLY, parsed.media("0").direction());
        assertEquals(List.of("111"), parsed.media("s1").formats());
    }

    @Test
    void removedMlinesAreRecycledOnlyAfterTheAnswer() throws SdpRefusal {
        settle(negotiation.offer(tracks(1, 2)).write());
        negotiation.offer(tracks(1)).write();
        negotiation.rollback();

        SessionDescription offer = settle(negotiation.offer(tracks(1, 3)).write());

        assertEquals(List.of("0", "1", "s1", "s2", "s3", "s4", "s5", "s6"), mids(offer));
        assertTrue(offer.media("s3").rejected(), "participant 2's m-lines were not answered free yet");
    }

    @Test
    void glareRefusesTheBrowserOfferWhileTheServerOfferIsOutstanding() throws SdpRefusal {
        String serverOffer = negotiation.offer(tracks(1)).write();

        SdpRefusal glare = assertThrows(SdpRefusal.class,
                () -> negotiation.answer(SdpFixtures.offer(SdpFixtures.AUDIO_VIDEO)));
        assertEquals(0, glare.lineNumber());
        assertTrue(glare.getMessage().startsWith("SDP refused: glare"), glare.getMessage());
        assertThrows(IllegalStateException.class, () -> negotiation.offer(tracks(1, 2)).write());

        negotiation.applyAnswer(BrowserAnswerer.answer(serverOffer));
        String answer = negotiation.answer(BrowserAnswerer.reoffer(serverOffer));

        SessionDescription parsed = SdpParser.parse(answer);
        assertEquals(List.of("0", "1", "s1", "s2"), mids(parsed));
        assertEquals(Direction.SENDONLY, parsed.media("s2").direction());
        assertEquals(Direction.RECVONLY, parsed.media("0").direction());
        assertTrue(answer.contains("a=ssrc:1000010 msid:stream-1 video-1\r\n"));
        assertTrue(answer.contains("a=setup:passive\r\n"), "the DTLS role stays");
    }

    @Test
    void refusesAnAnswerThatDoesNotMatchTheOffer() {
        String offer = negotiation.offer(tracks(1)).write();
        String answer = BrowserAnswerer.answer(offer);

        SdpRefusal role = assertThrows(SdpRefusal.class,
                () -> negotiation.applyAnswer(answer.replace("a=setup:active", "a=setup:passive")));
        assertTrue(role.getMessage().contains("DTLS role"), role.getMessage());
        assertEquals(7, role.lineNumber(), "the BUNDLE-tag m-line of the answer");

        String[] sections = answer.split("(?=m=)");
        SdpRefusal missing = assertThrows(SdpRefusal.class, () -> negotiation.applyAnswer(
                String.join("", List.of(sections).subList(0, sections.length - 1)).replace(" s1 s2", " s1")));
        assertTrue(missing.getMessage().contains("the answer has 3 m-lines, the offer had 4"), missing.getMessage());

        SdpRefusal sends = assertThrows(SdpRefusal.class,
                () -> negotiation.applyAnswer(answer.replace("a=recvonly", "a=sendrecv")));
        assertTrue(sends.getMessage().contains("RFC 3264 §6.1"), sends.getMessage());
        assertTrue(negotiation.awaitingAnswer(), "a refused answer settles nothing");
    }

    @Test
    void refusesOutOfOrderCalls() throws SdpRefusal {
        assertThrows(IllegalStateException.class, () -> new Negotiation(SdpFixtures.LOCAL).offer(tracks(1)));
        SdpRefusal noOffer = assertThrows(SdpRefusal.class, () -> negotiation.applyAnswer("v=0\r\n"));
        assertEquals(0, noOffer.lineNumber());
        assertFalse(negotiation.awaitingAnswer());
    }

    @Test
    void refusesABrowserOfferThatReordersMlines() throws SdpRefusal {
        String serverOffer = negotiation.offer(tracks(1)).write();
        negotiation.applyAnswer(BrowserAnswerer.answer(serverOffer));
        String reordered = BrowserAnswerer.reoffer(serverOffer).replace("a=mid:s1", "a=mid:x1");

        SdpRefusal refusal = assertThrows(SdpRefusal.class, () -> negotiation.answer(reordered.replace(
                "a=group:BUNDLE 0 1 s1 s2", "a=group:BUNDLE 0 1 x1 s2")));
        assertTrue(refusal.getMessage().contains("keeps m-line order"), refusal.getMessage());
    }

    /** The browser answers {@code offer} as Chrome does; the answer must pass. */
    private SessionDescription settle(String offer) throws SdpRefusal {
        SessionDescription parsed = SdpParser.parse(offer);
        negotiation.applyAnswer(BrowserAnswerer.answer(offer));
        assertFalse(negotiation.awaitingAnswer());
        return parsed;
    }

    private static List<String> mids(SessionDescription d) {
        return d.media().stream().map(MediaDescription::mid).toList();
    }

    /** Audio and video of each remote participant {@code p}: SSRCs p*1000000 + 1, + 10 and RTX + 11. */
    static List<RemoteTrack> tracks(int... participants) {
        List<RemoteTrack> tracks = new ArrayList<>();
        for (int p : participants) {
            long base = p * 1_000_000L;
            tracks.add(new RemoteTrack(MediaKind.AUDIO, new Msid("stream-" + p, "audio-" + p), base + 1, -1,
                    "cname-" + p));
            tracks.add(new RemoteTrack(MediaKind.VIDEO, new Msid("stream-" + p, "video-" + p), base + 10,
                    base + 11, "cname-" + p));
        }
        return tracks;
    }
}
