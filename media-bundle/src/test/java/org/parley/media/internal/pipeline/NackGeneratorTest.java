package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.rtcp.GenericNack;
import org.parley.media.internal.rtcp.RtcpRefusal;

class NackGeneratorTest {
    private static final long MS = 1_000_000L;
    private static final int OUR_SSRC = 0x5FC0_0001;

    private final StreamTable streams = new StreamTable();
    private final RoundTripEstimator roundTrip = new RoundTripEstimator();
    private final RecordingOutput output = new RecordingOutput();
    private final NackGenerator generator = new NackGenerator(streams, roundTrip, OUR_SSRC, output);
    private final PacketContext context = new PacketContext();

    @BeforeEach
    void signal() {
        streams.apply(TestPackets.microphoneCameraAndScreen());
    }

    @Test
    void asksAtOnceForAGapThenAgainAfterTheSpacingAndGivesUpAfterFourTimes() {
        video(100, 0);
        video(104, MS);
        assertEquals(List.of(101, 102, 103), lost(0));

        generator.onTick(50 * MS);
        assertEquals(1, output.packets.size(), "100 ms between requests before an RTT is known");
        for (int i = 1; i <= 5; i++) {
            generator.onTick(MS + i * 100 * MS);
        }
        assertEquals(NackGenerator.MAX_REQUESTS, output.packets.size());
        assertEquals(List.of(101, 102, 103), lost(3));
        assertEquals(3L * NackGenerator.MAX_REQUESTS, generator.numbersRequested());
    }

    @Test
    void whatArrivesLateOrAsRtxIsNotAskedForAgain() {
        video(65_534, 0);
        video(3, MS);
        assertEquals(List.of(65_535, 0, 1, 2), lost(0));
        video(0, 2 * MS);
        rtx(65_535, 3 * MS);
        generator.onTick(200 * MS);
        assertEquals(List.of(1, 2), lost(1));
    }

    @Test
    void spacesRequestsByTheRoundTripTime() {
        roundTrip.senderReportSent(1, 0);
        roundTrip.onReportBlock(1, 0, 40 * MS);
        video(1, 100 * MS);
        video(3, 100 * MS);
        generator.onTick(130 * MS);
        assertEquals(1, output.packets.size());
        generator.onTick(140 * MS);
        assertEquals(2, output.packets.size(), "40 ms after the first request");
    }

    @Test
    void audioIsNotNackedAndAHugeGapIsGivenUp() {
        packet(TestPackets.AUDIO_SSRC, 1, 0);
        packet(TestPackets.AUDIO_SSRC, 5, 0);
        screen(10, 0);
        screen(10 + MissingPackets.MAX_GAP + 2, MS);
        generator.onTick(500 * MS);
        assertEquals(0, output.packets.size());
        screen(10 + MissingPackets.MAX_GAP + 4, 600 * MS);
        assertEquals(List.of(10 + MissingPackets.MAX_GAP + 3), lost(0));
        assertEquals(TestPackets.SCREEN_SSRC, nack(0).mediaSsrc());
    }

    @Test
    void manyLostPacketsGoInSeveralNacks() {
        video(0, 0);
        video(200, MS);
        assertEquals(4, output.packets.size(), "199 numbers, 64 per NACK");
        assertEquals(199, lost(0).size() + lost(1).size() + lost(2).size() + lost(3).size());
        assertEquals(OUR_SSRC, nack(3).senderSsrc());
    }

    @Test
    void aNewSsrcOnTheSameStreamStartsOver() {
        video(10, 0);
        video(12, MS);
        streams.apply(List.of(new SignalledStream(Track.VIDEO, 0xABCDEF, -1)));
        packet(0xABCDEF, 500, 2 * MS);
        packet(0xABCDEF, 501, 3 * MS);
        generator.onTick(500 * MS);
        assertEquals(1, output.packets.size(), "no gap in the new stream, the old one's are gone");
    }

    private void video(int sequence, long nanos) {
        packet(TestPackets.VIDEO_SSRC, sequence, nanos);
    }

    private void screen(int sequence, long nanos) {
        packet(TestPackets.SCREEN_SSRC, sequence, nanos);
    }

    private void rtx(int repaired, long nanos) {
        packet(TestPackets.VIDEO_RTX_SSRC, 7, nanos);
        context.originalSequenceNumber = repaired;
        assertTrue(generator.run(context));
    }

    private void packet(int ssrc, int sequence, long nanos) {
        context.reset();
        context.ssrc = ssrc;
        context.stream = streams.lookup(ssrc);
        context.sequenceNumber = sequence;
        context.arrivalNanos = nanos;
        if (!streams.isRtx(context.stream)) {
            assertTrue(generator.run(context));
        }
    }

    private GenericNack nack(int index) {
        byte[] packet = output.packets.get(index);
        GenericNack view = new GenericNack();
        assertEquals(RtcpRefusal.NONE, view.wrap(packet, 0, packet.length));
        return view;
    }

    private List<Integer> lost(int index) {
        GenericNack view = nack(index);
        List<Integer> numbers = new ArrayList<>();
        for (int number = view.nextLost(); number >= 0; number = view.nextLost()) {
            numbers.add(number);
        }
        return numbers;
    }
}
