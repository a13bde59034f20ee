package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.rtcp.ReceiverReport;
import org.parley.media.internal.rtcp.ReportBlock;
import org.parley.media.internal.srtp.SrtpPackets;
import org.parley.media.internal.srtp.SrtpProfile;
import org.parley.media.internal.srtp.SrtpSession;

class SrtpDecryptNodeTest {
    private static final long T0 = 5_000_000_000L;
    private static final int RECEIVE_ONLY_RTCP_SSRC = 1;

    private final StreamTable streams = new StreamTable();
    private final EndpointCounters counters = new EndpointCounters();
    private final SrtpDecryptNode node = new SrtpDecryptNode(streams, counters);
    private final PacketContext context = new PacketContext();
    private Browser browser;

    private void connect(SrtpProfile profile, long seed) {
        SrtpSession[] sessions = SrtpPackets.pair(profile, seed);
        browser = new Browser(sessions[0]);
        node.install(sessions[1]);
        streams.apply(List.of(new SignalledStream(Track.AUDIO, TestPackets.AUDIO_SSRC, -1),
                new SignalledStream(Track.VIDEO, TestPackets.VIDEO_SSRC, TestPackets.VIDEO_RTX_SSRC)));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void decryptsSignalledRtpInPlaceAndNamesItsStream(SrtpProfile profile) {
        connect(profile, 1);
        TestPackets.Rtp plain = TestPackets.rtp(TestPackets.VIDEO_SSRC, 100).payloadType(TestPackets.VP8)
                .payload(TestPackets.VP8_KEYFRAME);
        byte[] expected = Arrays.copyOf(plain.build(), plain.length());
        Browser.Sent sent = browser.send(plain);

        assertTrue(node.run(sent.into(context, T0)));

        assertFalse(context.rtcp);
        assertEquals(TestPackets.VIDEO_SSRC, context.ssrc);
        assertEquals(streams.lookup(TestPackets.VIDEO_SSRC), context.stream);
        assertArrayEquals(expected, Arrays.copyOfRange(context.packet.array(), 0, context.packet.length()));
        assertEquals(1, counters.packetsReceived());
        assertEquals(sent.length(), counters.bytesReceived());
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void dropsAndCountsWhatItCannotTrust(SrtpProfile profile) {
        TestPackets.Rtp before = TestPackets.rtp(TestPackets.AUDIO_SSRC, 1);
        assertFalse(node.run(new Browser(SrtpPackets.pair(profile, 2)[0]).send(before).into(context, T0)));
        assertEquals(1, counters.dropped(DropReason.NO_KEYS));

        connect(profile, 2);
        assertFalse(node.run(browser.send(TestPackets.rtp(0x0BADF00D, 1)).into(context, T0)));
        assertEquals(1, counters.dropped(DropReason.UNSIGNALLED_SSRC));

        Browser.Sent good = browser.send(TestPackets.rtp(TestPackets.AUDIO_SSRC, 7));
        PacketContext forged = good.into(context, T0);
        forged.packet.array()[20] ^= 0x01;
        assertFalse(node.run(forged));
        assertEquals(1, counters.dropped(DropReason.AUTHENTICATION_FAILED));

        assertTrue(node.run(good.into(context, T0)));
        assertFalse(node.run(good.into(context, T0)), "the same packet again is a replay");
        assertEquals(1, counters.dropped(DropReason.REPLAYED));

        context.reset();
        context.packet.wrap(new byte[] {(byte) 0x80, 111, 0, 1, 0, 0, 0, 0}, 0, 8, null);
        assertFalse(node.run(context));
        context.packet.wrap(new byte[] {(byte) 0x80, 111, 0, 1}, 0, 4, null);
        assertFalse(node.run(context));
        assertEquals(2, counters.dropped(DropReason.MALFORMED_SRTP));
        assertEquals(6, counters.droppedTotal());
        assertEquals(1, counters.packetsReceived());
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void learnsTheRtcpSourceOfAReceiveOnlyBrowserOnlyAfterItAuthenticates(SrtpProfile profile) {
        connect(profile, 3);
        Browser stranger = new Browser(SrtpPackets.pair(profile, 99)[0]);
        assertFalse(node.run(receiverReport(stranger, RECEIVE_ONLY_RTCP_SSRC, T0)));
        assertEquals(1, counters.dropped(DropReason.AUTHENTICATION_FAILED));
        assertEquals(0, node.learnedRtcpSources());

        assertTrue(node.run(receiverReport(browser, RECEIVE_ONLY_RTCP_SSRC, T0)));
        assertTrue(context.rtcp);
        assertEquals(RECEIVE_ONLY_RTCP_SSRC, context.ssrc);
        assertEquals(ReceiverReport.FIXED_LENGTH + ReportBlock.LENGTH, context.packet.length());
        assertEquals(1, node.learnedRtcpSources());
        assertTrue(node.run(receiverReport(browser, RECEIVE_ONLY_RTCP_SSRC, T0 + 1)));

        assertTrue(node.run(receiverReport(browser, TestPackets.AUDIO_SSRC, T0)), "signalled: no probe needed");
        assertEquals(1, node.learnedRtcpSources());
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void triesOnlyAFewUnknownRtcpSourcesPerSecondAndKeepsFew(SrtpProfile profile) {
        connect(profile, 4);
        Browser stranger = new Browser(SrtpPackets.pair(profile, 98)[0]);
        for (int i = 0; i <= SrtcpContexts.PROBES_PER_SECOND; i++) {
            assertFalse(node.run(receiverReport(stranger, 1000 + i, T0 + i)));
        }
        assertEquals(SrtcpContexts.PROBES_PER_SECOND, counters.dropped(DropReason.AUTHENTICATION_FAILED));
        assertEquals(1, counters.dropped(DropReason.UNKNOWN_RTCP_SOURCE));
        assertFalse(node.run(receiverReport(browser, 77, T0 + 100)), "the budget is spent even for a good one");

        long nextSecond = T0 + 1_000_000_000L;
        for (int i = 0; i < SrtcpContexts.MAX_LEARNED + 2; i++) {
            assertTrue(node.run(receiverReport(browser, 2000 + i, nextSecond + i)));
        }
        assertEquals(SrtcpContexts.MAX_LEARNED, node.learnedRtcpSources());
        for (int i = 0; i < 3; i++) {
            assertTrue(node.run(receiverReport(browser, 2000 + SrtcpContexts.MAX_LEARNED + 1, nextSecond + 10 + i)),
                    "a learned source is known: it spends none of the two probes left this second");
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void aNewSessionReplacesTheKeysFromTheNextPacket(SrtpProfile profile) {
        connect(profile, 5);
        assertTrue(node.run(browser.send(TestPackets.rtp(TestPackets.AUDIO_SSRC, 1)).into(context, T0)));
        SrtpSession[] rekeyed = SrtpPackets.pair(profile, 6);
        node.install(rekeyed[1]);

        assertFalse(node.run(browser.send(TestPackets.rtp(TestPackets.AUDIO_SSRC, 2)).into(context, T0)));
        Browser after = new Browser(rekeyed[0]);
        assertTrue(node.run(after.send(TestPackets.rtp(TestPackets.AUDIO_SSRC, 1)).into(context, T0)),
                "new keys start a new replay window");
    }

    /** An SRTCP receiver report from {@code ssrc} about the SFU's stream 0x42, protected by {@code from}. */
    private PacketContext receiverReport(Browser from, int ssrc, long nanos) {
        byte[] array = new byte[TestPackets.BUFFER];
        ReportBlock block = new ReportBlock();
        block.ssrc = 0x42;
        int length = ReceiverReport.write(array, 0, ssrc, new ReportBlock[] {block}, 1);
        return new Browser.Sent(array, from.protectRtcp(array, length)).into(context, nanos);
    }
}
