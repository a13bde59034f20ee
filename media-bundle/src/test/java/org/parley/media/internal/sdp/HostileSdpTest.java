package org.parley.media.internal.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Offers a hostile or broken client could send: each refused with the line and the reason. */
class HostileSdpTest {
    private static final String OFFER = SdpFixtures.offer(SdpFixtures.AUDIO_VIDEO);
    /** The line numbers of the fixture's landmarks. */
    private static final int BUNDLE_LINE = 5;
    private static final int AUDIO_M_LINE = 8;
    private static final int AUDIO_FINGERPRINT_LINE = 14;
    private static final int VIDEO_M_LINE = 38;

    @Test
    void refusesNoBundle() {
        assertRefused(SdpFixtures.without(OFFER, "a=group:BUNDLE 0 1"), AUDIO_M_LINE - 1, "no a=group:BUNDLE");
    }

    @Test
    void refusesNoRtcpMux() {
        assertRefused(SdpFixtures.without(OFFER, "a=rtcp-mux"), AUDIO_M_LINE, "no a=rtcp-mux");
    }

    @Test
    void refusesSha1Fingerprint() {
        String sha1 = OFFER.replaceFirst("a=fingerprint:sha-256 [0-9A-F:]+",
                "a=fingerprint:sha-1 4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF:3E:5D:49:6B:19:E5:7C:AB");
        assertRefused(sha1, AUDIO_FINGERPRINT_LINE, "only sha-256 is accepted");
    }

    @Test
    void refusesShortAndMissingIceCredentials() {
        assertRefused(SdpFixtures.without(OFFER, "a=ice-ufrag:R9xJ"), 11, "a=ice-pwd without a=ice-ufrag");
        assertRefused(OFFER.replace("a=ice-ufrag:R9xJ", "a=ice-ufrag:R9x"), 11, "ice-ufrag must be 4 to 256");
        String noIce = SdpFixtures.without(SdpFixtures.without(OFFER, "a=ice-ufrag:R9xJ"),
                "a=ice-pwd:" + BrowserAnswerer.PWD);
        assertRefused(noIce, AUDIO_M_LINE, "has no a=ice-ufrag and a=ice-pwd");
    }

    @Test
    void refusesTenThousandMlines() {
        String head = "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n";
        String mLine = "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\n";
        SdpRefusal refusal = assertRefused(head + mLine.repeat(10_000), -1, "description longer than 65536");
        assertEquals(5 + (SdpLimits.MAX_CHARS - head.length()) / mLine.length(), refusal.lineNumber(),
                "the m-line that crosses the limit");
        assertRefused(head + mLine.repeat(SdpLimits.MAX_MEDIA_SECTIONS + 1), 5 + SdpLimits.MAX_MEDIA_SECTIONS,
                "more than 64 m-lines");
    }

    @Test
    void refusesOneMegabyteLineAndDescription() {
        String huge = "a=x-junk:" + "A".repeat(1 << 20);
        assertRefused(OFFER.replace("a=extmap-allow-mixed", huge), 6, "line longer than 2048 characters");
        String manyLines = OFFER + "a=x-junk:1234567890\r\n".repeat(4000);
        SdpRefusal refusal = assertRefused(manyLines, -1, "description longer than 65536 characters");
        assertTrue(refusal.lineNumber() > 200, "names the line where the limit is crossed");
    }

    @Test
    void refusesBadPayloadTypeNumbers() {
        String m = "m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126";
        assertRefused(OFFER.replace(m, m + " 128"), AUDIO_M_LINE, "payload type 128 is outside 0..127");
        assertRefused(OFFER.replace(m, m + " -1"), AUDIO_M_LINE, "payload type '-1' is not a decimal number");
        assertRefused(OFFER.replace(m, m + " 99999999999"), AUDIO_M_LINE, "not a decimal number of 1 to 10 digits");
        assertRefused(OFFER.replace(m, m + " 72"), AUDIO_M_LINE, "collides with RTCP");
        assertRefused(OFFER.replace(m, m + " 111"), AUDIO_M_LINE, "payload type 111 listed twice");
        assertRefused(OFFER.replace("a=rtpmap:9 G722/8000", "a=rtpmap:35 G722/8000"), 30,
                "payload type 35 is not in the m-line's format list");
        assertRefused(OFFER.replace("a=rtpmap:9 G722/8000", "a=rtpmap:9 G722/0"), 30, "clock rate 0");
    }

    @Test
    void refusesDuplicateMids() {
        assertRefused(OFFER.replace("a=mid:1", "a=mid:0"), VIDEO_M_LINE,
                "mid 0 repeats the mid of the m-line at line 8");
        assertRefused(OFFER.replace("a=mid:0", "a=mid:0\r\na=mid:0"), 17, "a second a=mid");
    }

    @Test
    void refusesCarriageReturnWithoutLineFeed() {
        assertRefused(OFFER.replace("s=-\r\n", "s=-\rt=0 0\r\n"), 3, "CR not followed by LF");
        assertRefused(OFFER.replace("s=-", "s=-\u0000"), 3, "control character 0x0");
    }

    @Test
    void refusesBrokenStructure() {
        assertRefused("", 0, "empty session description");
        assertRefused("o=- 1 1 IN IP4 0.0.0.0\r\n", 1, "the first line must be v=0");
        assertRefused(OFFER.replace("s=-\r\n", "s=-\r\n\r\n"), 4, "not a <type>=<value> line");
        assertRefused(OFFER.replace("a=group:BUNDLE 0 1", "a=group:BUNDLE 0 1 7"), BUNDLE_LINE,
                "mid 7 names no m-line");
        assertRefused(OFFER.replace("a=setup:actpass", "a=setup:holdconn"), 15, "setup must be actpass");
        assertRefused(OFFER.replace("a=extmap:4 urn", "a=extmap:15 urn"), 20, "extmap id 15 is reserved");
        assertRefused(OFFER.replace("a=extmap:2 http", "a=extmap:3 http"), 19, "extmap id 3 used twice");
        assertRefused(OFFER.replace("a=ssrc:3735928559 cname", "a=ssrc:4294967296 cname"), 36, "does not fit in 32");
        assertRefused(OFFER.replace("a=ssrc-group:FID 2882400001 2882400002", "a=ssrc-group:FID 1 2 3"), -1,
                "FID needs exactly 2 SSRCs");
        assertRefused(OFFER.replace("a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid\r\na=sendrecv",
                "a=extmap:4 urn:ietf:params:rtp-hdrext:toffset\r\na=sendrecv"), VIDEO_M_LINE, "extmap id 4 of mid 1");
    }

    private static SdpRefusal assertRefused(String sdp, int line, String reason) {
        SdpRefusal refusal = assertThrows(SdpRefusal.class, () -> SdpParser.parseOffer(sdp));
        assertTrue(refusal.getMessage().contains(reason), refusal.getMessage());
        if (line >= 0) {
            assertEquals(line, refusal.lineNumber(), refusal.getMessage());
        }
        assertTrue(refusal.getMessage().length() < 300, "messages stay short: " + refusal.getMessage().length());
        return refusal;
    }
}
