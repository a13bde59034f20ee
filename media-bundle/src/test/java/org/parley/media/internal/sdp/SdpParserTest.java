package org.parley.media.internal.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SdpParserTest {

    @Test
    void parsesChromeAudioVideoOffer() throws SdpRefusal {
        SessionDescription offer = SdpParser.parseOffer(SdpFixtures.offer(SdpFixtures.AUDIO_VIDEO));

        assertEquals("4611731400430051336", offer.sessionId());
        assertEquals("2", offer.sessionVersion());
        assertEquals(List.of("0", "1"), offer.bundle());
        assertEquals(2, offer.media().size());
        MediaDescription audio = offer.media().get(0);
        assertEquals(MediaKind.AUDIO, audio.kind());
        assertEquals("0", audio.mid());
        assertEquals(Direction.SENDRECV, audio.direction());
        assertEquals(new IceCredentials(BrowserAnswerer.UFRAG, BrowserAnswerer.PWD), audio.ice());
        assertEquals(BrowserAnswerer.FINGERPRINT, audio.fingerprint().hex());
        assertEquals(Setup.ACTPASS, audio.setup());
        assertTrue(audio.rtcpMux() && audio.rtcpReducedSize());
        assertEquals(8, audio.codecs().size());
        Codec opus = audio.codec(111);
        assertEquals("opus", opus.name());
        assertEquals(48000, opus.clockRate());
        assertEquals(2, opus.channels());
        assertEquals("minptime=10;useinbandfec=1", opus.fmtp());
        assertEquals("1", opus.parameters().get("useinbandfec"));
        assertEquals(List.of("transport-cc"), opus.feedback());
        assertEquals(1, audio.extensionId(HeaderExtension.AUDIO_LEVEL));
        assertEquals(4, audio.extensionId(HeaderExtension.MID));
        assertEquals(new Msid("7f3c2a4e-9b1d-4c8e-a5f2-1e6d0b9c3a7f", "c1a8e0f4-3d2b-4e6a-9f7c-5b8d1e2a4c6f"),
                audio.msid());
        assertEquals(List.of(new SsrcDescription(3735928559L, "mXK9Ts2vQ4pW7rLb", audio.msid())), audio.ssrcs());
    }

    @Test
    void parsesVideoCodecsFeedbackRtxAndFid() throws SdpRefusal {
        MediaDescription video = SdpParser.parseOffer(SdpFixtures.offer(SdpFixtures.AUDIO_VIDEO)).media().get(1);

        assertEquals(MediaKind.VIDEO, video.kind());
        assertEquals(25, video.formats().size());
        assertEquals(25, video.codecs().size());
        Codec vp8 = video.codec(96);
        assertEquals(List.of("goog-remb", "transport-cc", "ccm fir", "nack", "nack pli"), vp8.feedback());
        assertEquals(96, video.codec(97).associatedPayloadType());
        assertEquals("42001f", video.codec(102).parameters().get("profile-level-id"));
        assertEquals(3, video.extensionId(HeaderExtension.TRANSPORT_CC));
        assertEquals(2, video.ssrcs().size());
        assertEquals(2882400002L, video.rtxSsrcOf(2882400001L));
        assertEquals(List.of(new SsrcGroup("FID", List.of(2882400001L, 2882400002L))), video.ssrcGroups());
    }

    @Test
    void parsesScreenShareAndSimulcastRids() throws SdpRefusal {
        SessionDescription offer = SdpParser.parseOffer(SdpFixtures.offer(SdpFixtures.SCREEN_SIMULCAST));

        assertEquals(List.of("0", "1", "2"), offer.bundle());
        MediaDescription camera = offer.media("1");
        assertEquals(List.of(new RidDescription("q", "send", ""), new RidDescription("h", "send", ""),
                new RidDescription("f", "send", "")), camera.rids());
        assertEquals("send q;h;f", camera.simulcast());
        assertTrue(camera.ssrcs().isEmpty(), "Chrome sends no a=ssrc with rid simulcast");
        MediaDescription screen = offer.media("2");
        assertEquals("0d4b8f2a-6c1e-4a9d-b3f7-8e2c5a0d9b4f", screen.msid().stream());
        assertEquals(1122334466L, screen.rtxSsrcOf(1122334455L));
        assertNull(screen.simulcast());
    }

    @Test
    void acceptsBareLineFeeds() throws SdpRefusal {
        String lf = SdpFixtures.offer(SdpFixtures.AUDIO_VIDEO).replace("\r\n", "\n");

        assertEquals(2, SdpParser.parseOffer(lf).media().size());
    }

    @Test
    void mediaInheritsSessionLevelTransport() throws SdpRefusal {
        String offer = SdpFixtures.offer(SdpFixtures.AUDIO_VIDEO);
        String ufrag = "a=ice-ufrag:" + BrowserAnswerer.UFRAG;
        String pwd = "a=ice-pwd:" + BrowserAnswerer.PWD;
        String fp = "a=fingerprint:sha-256 " + BrowserAnswerer.FINGERPRINT;
        String moved = SdpFixtures.without(SdpFixtures.without(SdpFixtures.without(offer, ufrag), pwd), fp)
                .replace("a=extmap-allow-mixed\r\n", "a=extmap-allow-mixed\r\n" + ufrag + "\r\n" + pwd + "\r\n"
                        + fp + "\r\n");

        MediaDescription video = SdpParser.parseOffer(moved).media().get(1);

        assertEquals(BrowserAnswerer.UFRAG, video.ice().ufrag());
        assertEquals(BrowserAnswerer.FINGERPRINT, video.fingerprint().hex());
    }

    @Test
    void iceCredentialsNeverPrintThePassword() {
        assertTrue(!new IceCredentials("abcd", BrowserAnswerer.PWD).toString().contains(BrowserAnswerer.PWD));
    }
}
