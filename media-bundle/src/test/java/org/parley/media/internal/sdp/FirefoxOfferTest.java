package org.parley.media.internal.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Firefox ESR 153's offer as the web client makes it (max-bundle, sendonly microphone and camera, codecs narrowed to
 * Opus, VP8 and RTX by setCodecPreferences), captured from a real Firefox: its second m-line is bundle-only with
 * port 0, it keeps rtcp-fb lines for the video codecs setCodecPreferences removed, its msids and cnames are braced
 * UUIDs, and its payload types and extmap ids differ from Chrome's.
 */
class FirefoxOfferTest {

    private static final String OFFER = SdpFixtures.offer(SdpFixtures.FIREFOX_AUDIO_VIDEO);

    @Test
    void aBundleOnlyMlineWithPortZeroIsPartOfTheBundleNotRejected() throws SdpRefusal {
        SessionDescription offer = SdpParser.parseOffer(OFFER);

        MediaDescription video = offer.media("1");
        assertEquals(0, video.port());
        assertTrue(video.bundleOnly());
        assertFalse(video.rejected(), "RFC 9143 §7.2.1: port 0 with a=bundle-only is an accepted bundled m-line");
        assertTrue(SdpParser.parse(OFFER.replace("a=bundle-only\r\n", "")).media("1").rejected(),
                "port 0 without a=bundle-only is still a rejected m-line");
    }

    @Test
    void feedbackForPayloadTypesNotInTheFormatListIsIgnored() throws SdpRefusal {
        MediaDescription video = SdpParser.parseOffer(OFFER).media("1");

        assertEquals(List.of("120", "124"), video.formats());
        assertEquals(List.of(120, 124), video.codecs().stream().map(Codec::payloadType).toList());
        assertNull(video.codec(121), "rtcp-fb:121 names a codec the m-line does not list");
        assertEquals(List.of("nack", "nack pli", "ccm fir", "goog-remb", "transport-cc"), video.codec(120).feedback());
        assertEquals(120, video.codec(124).associatedPayloadType());
    }

    @Test
    void bracedMsidsCnamesAndFirefoxsIdsAreRead() throws SdpRefusal {
        SessionDescription offer = SdpParser.parseOffer(OFFER);
        MediaDescription audio = offer.media("0");
        MediaDescription video = offer.media("1");

        assertEquals(List.of("0", "1"), offer.bundle());
        assertEquals("opus", audio.codec(109).name());
        assertEquals(3, audio.extensionId(HeaderExtension.MID));
        assertEquals(7, video.extensionId(HeaderExtension.TRANSPORT_CC));
        assertTrue(audio.msid().stream().startsWith("{") && audio.msid().stream().endsWith("}"), audio.toString());
        assertTrue(video.ssrcs().get(0).cname().startsWith("{"), video.ssrcs().toString());
        assertEquals(audio.msid().stream(), video.msid().stream(), "one stream for microphone and camera");
        assertEquals(2, video.ssrcs().size());
        assertTrue(video.rtxSsrcOf(video.ssrcs().get(0).ssrc()) > 0, "the FID group pairs VP8 with its RTX");
    }

    @Test
    void theAnswerAcceptsBothMlinesOnTheServersPort() throws SdpRefusal {
        String answer = AnswerWriter.write(SdpParser.parseOffer(OFFER), SdpFixtures.LOCAL, 1);

        assertTrue(answer.contains("a=group:BUNDLE 0 1\r\n"), answer);
        assertTrue(answer.contains("m=audio 10000 UDP/TLS/RTP/SAVPF 109\r\n"), answer);
        assertTrue(answer.contains("m=video 10000 UDP/TLS/RTP/SAVPF 120 124\r\n"), answer);
        assertFalse(answer.contains("bundle-only"), "an answer never marks m-lines bundle-only (RFC 9143 §7.3.1)");
        SessionDescription parsed = SdpParser.parse(answer);
        assertEquals(List.of(Direction.RECVONLY, Direction.RECVONLY),
                parsed.media().stream().map(MediaDescription::direction).toList());
        assertEquals(7, parsed.media("1").extensionId(HeaderExtension.TRANSPORT_CC), "Firefox's own extmap ids");
    }
}
