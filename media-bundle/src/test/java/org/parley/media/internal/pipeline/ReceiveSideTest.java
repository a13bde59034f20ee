package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.LegStats;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.rtcp.GenericNack;
import org.parley.media.internal.rtcp.ReceiverReport;
import org.parley.media.internal.rtcp.ReportBlock;
import org.parley.media.internal.rtcp.RtcpRefusal;
import org.parley.media.internal.rtcp.TransportCcFeedback;
import org.parley.media.internal.sdp.Negotiation;
import org.parley.media.internal.sdp.SdpParser;
import org.parley.media.internal.sdp.SdpRefusal;
import org.parley.media.internal.srtp.SrtpPackets;
import org.parley.media.internal.srtp.SrtpProfile;
import org.parley.media.internal.srtp.SrtpSession;

/** The receive side as the leg assembles it, fed SRTP the way Chrome's offer announces it. */
class ReceiveSideTest {
    private static final long MS = 1_000_000L;
    private static final int OUR_SSRC = 0x5FC0_0001;
    private static final int AUDIO = (int) 3735928559L;
    private static final int VIDEO = (int) 2882400001L;
    private static final int RTX = (int) 2882400002L;

    private final RecordingOutput feedback = new RecordingOutput();
    private final DominantSpeaker speakers = new DominantSpeaker();
    private final List<Integer> speakerChanges = new ArrayList<>();
    private final List<Integer> rtcpSeen = new ArrayList<>();
    private final PacketContext context = new PacketContext();
    private ReceiveSide side;
    private Browser browser;

    @BeforeEach
    void negotiateAndKey() throws SdpRefusal, IOException {
        side = new ReceiveSide(OUR_SSRC, feedback, speakers, speakers.join("alice"), speakerChanges::add);
        side.assemble(List.of(new Node("rtcp-consumer") {
            @Override
            protected boolean process(PacketContext packet) {
                if (packet.rtcp) {
                    rtcpSeen.add(packet.packet.length());
                }
                return true;
            }
        }));
        String offer = StreamTableTest.resource("chrome-offer-audio-video.sdp");
        Negotiation negotiation = new Negotiation(ExtensionIdsTest.LOCAL);
        negotiation.answer(offer);
        side.apply(SdpParser.parseOffer(offer), Map.of("0", Track.AUDIO, "1", Track.VIDEO), negotiation.sections());
        SrtpSession[] sessions = SrtpPackets.pair(SrtpProfile.AES_CM_128_HMAC_SHA1_80, 21);
        browser = new Browser(sessions[0]);
        side.keys(sessions[1]);
    }

    @Test
    void forwardsOnlyAllowedTracksButGivesFeedbackOnEverything() {
        side.forward(Track.AUDIO, true);
        assertTrue(receive(TestPackets.rtp(AUDIO, 1).transportCc(1).audioLevel(30, true), 0));
        assertEquals(AUDIO, context.ssrc);
        assertEquals(30, context.audioLevel);
        assertFalse(receive(video(1).transportCc(2), MS));
        assertFalse(receive(video(3).transportCc(4), 2 * MS), "muted video: dropped after transport-cc");
        assertTrue(feedback.packets.isEmpty(), "no NACK for a track that is not forwarded");

        side.onTick(60 * MS);
        assertEquals(1, feedback.packets.size());
        TransportCcFeedback twcc = new TransportCcFeedback(64);
        byte[] packet = feedback.last();
        assertEquals(RtcpRefusal.NONE, twcc.wrap(packet, 0, packet.length));
        assertEquals(3, twcc.receivedCount(), "1, 2 and 4 arrived, 3 did not");
        assertEquals(OUR_SSRC, twcc.senderSsrc());

        side.forward(Track.VIDEO, true);
        assertTrue(receive(video(4).transportCc(5), 70 * MS));
        assertTrue(receive(video(6).transportCc(6), 71 * MS));
        GenericNack nack = new GenericNack();
        packet = feedback.last();
        assertEquals(RtcpRefusal.NONE, nack.wrap(packet, 0, packet.length));
        assertEquals(VIDEO, nack.mediaSsrc());
        assertEquals(5, nack.nextLost());
        assertEquals(-1, nack.nextLost());
    }

    @Test
    void rtcpReachesTheFeedbackConsumersAndTheStatisticsAddUp() {
        byte[] array = new byte[TestPackets.BUFFER];
        ReportBlock block = new ReportBlock();
        block.ssrc = 0x42;
        int length = ReceiverReport.write(array, 0, 1, new ReportBlock[] {block}, 1);
        Browser.Sent report = new Browser.Sent(array, browser.protectRtcp(array, length));
        assertTrue(side.pipeline().run(report.into(context, 0)));
        assertEquals(List.of(length), rtcpSeen);

        assertFalse(receive(TestPackets.rtp(0x0BADF00D, 1), MS));
        side.forward(Track.AUDIO, true);
        for (int sequence = 10; sequence < 20; sequence += 3) {
            assertTrue(receive(TestPackets.rtp(AUDIO, sequence), sequence * 20 * MS));
        }
        LegStats stats = side.stats();
        assertEquals(5, stats.packetsReceived(), "the report and four audio packets");
        assertEquals(6, stats.packetsLost(), "11, 12, 14, 15, 17, 18");
        assertEquals(1, stats.packetsDropped());
        assertEquals(1, side.counters().dropped(DropReason.UNSIGNALLED_SSRC));
        assertEquals(-1, stats.roundTripMillis());
    }

    @Test
    void anRtxAnswerToOurNackComesOutAsTheLostPacket() {
        side.forward(Track.VIDEO, true);
        assertTrue(receive(video(1), 0));
        assertTrue(receive(video(3), MS));
        assertEquals(1, feedback.packets.size(), "NACK for 2");
        byte[] rtxPayload = {0, 2, 0x10, 0x31, 0x42, 0x00};
        assertTrue(receive(TestPackets.rtp(RTX, 50).payloadType(TestPackets.RTX).payload(rtxPayload), 30 * MS));
        assertEquals(VIDEO, context.ssrc);
        assertEquals(2, context.sequenceNumber);
        assertEquals(TestPackets.VP8, context.payloadType);
        side.onTick(500 * MS);
        assertEquals(1, feedback.packets.size(), "2 is not asked for again");
    }

    @Test
    void thePipelineIsAssembledOnce() {
        assertThrows(IllegalStateException.class, () -> side.assemble(List.of()));
        ReceiveSide fresh = new ReceiveSide(OUR_SSRC, feedback, speakers, speakers.join("bob"), slot -> { });
        assertThrows(IllegalStateException.class, fresh::pipeline);
    }

    private static TestPackets.Rtp video(int sequence) {
        return TestPackets.rtp(VIDEO, sequence).payloadType(TestPackets.VP8).payload(TestPackets.VP8_DELTA);
    }

    private boolean receive(TestPackets.Rtp packet, long nanos) {
        return side.pipeline().run(browser.send(packet).into(context, nanos));
    }
}
