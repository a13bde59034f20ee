package org.parley.media.internal.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerWriterTest {
    private static final String FP = "a=fingerprint:sha-256 " + SdpFixtures.SERVER_FINGERPRINT;
    private static final List<String> TRANSPORT = List.of("c=IN IP4 203.0.113.7", "a=ice-ufrag:srvA",
            "a=ice-pwd:ServerPassword0123456789", FP, "a=setup:passive");
    private static final List<String> CANDIDATES = List.of(
            "a=candidate:1 1 udp 2130706431 203.0.113.7 10000 typ host",
            "a=candidate:2 1 tcp 2124414975 203.0.113.7 4443 typ host tcptype passive",
            "a=end-of-candidates");

    @Test
    void answersChromeAudioVideoLineByLine() throws SdpRefusal {
        List<String> expected = new java.util.ArrayList<>(List.of("v=0", "o=- 7000000000000000001 1 IN IP4 0.0.0.0",
                "s=-", "t=0 0", "a=ice-lite", "a=group:BUNDLE 0 1", "a=msid-semantic: WMS *",
                "m=audio 10000 UDP/TLS/RTP/SAVPF 111"));
        expected.addAll(List.of(TRANSPORT.get(0), "a=mid:0"));
        expected.addAll(TRANSPORT.subList(1, TRANSPORT.size()));
        expected.addAll(List.of("a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level",
                "a=extmap:3 " + HeaderExtension.TRANSPORT_CC, "a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid",
                "a=recvonly", "a=rtcp-mux", "a=rtcp-rsize", "a=rtpmap:111 opus/48000/2", "a=rtcp-fb:111 transport-cc",
                "a=fmtp:111 minptime=10;useinbandfec=1"));
        expected.addAll(CANDIDATES);
        expected.addAll(List.of("m=video 10000 UDP/TLS/RTP/SAVPF 96 97", TRANSPORT.get(0), "a=mid:1"));
        expected.addAll(TRANSPORT.subList(1, TRANSPORT.size()));
        expected.addAll(List.of("a=extmap:3 " + HeaderExtension.TRANSPORT_CC,
                "a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid", "a=recvonly", "a=rtcp-mux", "a=rtcp-rsize",
                "a=rtpmap:96 VP8/90000", "a=rtcp-fb:96 nack", "a=rtcp-fb:96 nack pli", "a=rtcp-fb:96 ccm fir",
                "a=rtcp-fb:96 transport-cc", "a=rtpmap:97 rtx/90000", "a=fmtp:97 apt=96"));
        expected.addAll(CANDIDATES);

        String answer = answer(SdpFixtures.offer(SdpFixtures.AUDIO_VIDEO));

        assertTrue(answer.endsWith("\r\n") && !answer.replace("\r\n", "").contains("\n"), "CRLF line ends");
        List<String> lines = Arrays.asList(answer.split("\r\n"));
        for (int i = 0; i < Math.min(lines.size(), expected.size()); i++) {
            assertEquals(expected.get(i), lines.get(i), "answer line " + (i + 1));
        }
        assertEquals(expected.size(), lines.size());
    }

    @Test
    void answerParsesBackToWhatWasAccepted() throws SdpRefusal {
        SessionDescription answer = SdpParser.parse(answer(SdpFixtures.offer(SdpFixtures.SCREEN_SIMULCAST)));

        assertTrue(answer.iceLite());
        assertEquals(List.of("0", "1", "2"), answer.bundle());
        for (MediaDescription m : answer.media()) {
            assertEquals(Direction.RECVONLY, m.direction());
            assertEquals(Setup.PASSIVE, m.setup());
            assertEquals(SdpFixtures.SERVER_UFRAG, m.ice().ufrag());
            assertTrue(m.rids().isEmpty() && m.simulcast() == null, "simulcast is read, not answered yet");
        }
        assertEquals(List.of("111"), answer.media().get(0).formats());
        assertEquals(List.of("96", "97"), answer.media("2").formats());
        assertEquals(96, answer.media("2").codec(97).associatedPayloadType());
        assertEquals(List.of(3, 4), answer.media("2").extensions().stream().map(HeaderExtension::id).toList());
    }

    @Test
    void rejectsDataChannelAndUnbundledMlinesWithPortZero() throws SdpRefusal {
        String offer = SdpFixtures.offer(SdpFixtures.AUDIO_VIDEO).replace("a=group:BUNDLE 0 1", "a=group:BUNDLE 0 2")
                + "m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\na=mid:2\r\n"
                + "a=sctp-port:5000\r\n";

        String answer = answer(offer);

        assertTrue(answer.contains("a=group:BUNDLE 0\r\n"));
        assertTrue(answer.contains("m=video 0 UDP/TLS/RTP/SAVPF 96 97 102"), "not in the BUNDLE group");
        assertTrue(answer.contains("m=application 0 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\n"
                + "a=mid:2\r\na=inactive\r\n"));
    }

    @Test
    void rejectsVideoWithoutVp8AndLeavesOutRtxNotOffered() throws SdpRefusal {
        String noVp8 = SdpFixtures.offer(SdpFixtures.AUDIO_VIDEO).replace("a=rtpmap:96 VP8/90000",
                "a=rtpmap:96 VP7/90000");
        assertTrue(answer(noVp8).contains("a=group:BUNDLE 0\r\n"));
        assertTrue(answer(noVp8).contains("m=video 0 "));

        String noRtx = SdpFixtures.without(SdpFixtures.offer(SdpFixtures.AUDIO_VIDEO), "a=fmtp:97 apt=96");
        String answer = answer(noRtx);
        assertTrue(answer.contains("m=video 10000 UDP/TLS/RTP/SAVPF 96\r\n"));
        assertFalse(answer.contains("rtx"));
    }

    @Test
    void mirrorsDirectionsAndDtlsRole() throws SdpRefusal {
        String offer = SdpFixtures.offer(SdpFixtures.SCREEN_SIMULCAST);
        String[] sections = offer.split("m=");
        String changed = sections[0] + "m=" + sections[1].replace("a=sendrecv", "a=sendonly") + "m="
                + sections[2].replace("a=sendrecv", "a=recvonly") + "m="
                + sections[3].replace("a=sendrecv", "a=inactive");

        SessionDescription answer = SdpParser.parse(answer(changed));
        assertEquals(List.of(Direction.RECVONLY, Direction.INACTIVE, Direction.INACTIVE),
                answer.media().stream().map(MediaDescription::direction).toList());

        String passive = answer(offer.replace("a=setup:actpass", "a=setup:passive"));
        assertTrue(passive.contains("a=setup:active\r\n") && !passive.contains("a=setup:passive"));
        assertTrue(answer(offer.replace("a=setup:actpass", "a=setup:active")).contains("a=setup:passive\r\n"));
    }

    @Test
    void refusesAnOfferWhoseBundleTagCarriesNothingAccepted() {
        String offer = SdpFixtures.offer(SdpFixtures.AUDIO_VIDEO).replace("a=rtpmap:111 opus/48000/2",
                "a=rtpmap:111 speex/48000/2");

        SdpRefusal refusal = assertThrows(SdpRefusal.class, () -> answer(offer));

        assertEquals(8, refusal.lineNumber());
        assertTrue(refusal.getMessage().contains("BUNDLE-tag"), refusal.getMessage());
    }

    @Test
    void writesIpv6AndLeavesOutTcpWhenNotConfigured() throws SdpRefusal {
        ServerTransport t = new ServerTransport(SdpFixtures.LOCAL.transport().ice(),
                SdpFixtures.LOCAL.transport().fingerprint(), "2001:db8::7", 10000, 0);
        String answer = AnswerWriter.write(SdpParser.parseOffer(SdpFixtures.offer(SdpFixtures.AUDIO_VIDEO)),
                new LocalSession(1, t), 1);

        assertTrue(answer.contains("c=IN IP6 2001:db8::7\r\n"));
        assertTrue(answer.contains("a=candidate:1 1 udp 2130706431 2001:db8::7 10000 typ host\r\n"));
        assertFalse(answer.contains(" tcp "));
    }

    private static String answer(String offer) throws SdpRefusal {
        return AnswerWriter.write(SdpParser.parseOffer(offer), SdpFixtures.LOCAL, 1);
    }
}
