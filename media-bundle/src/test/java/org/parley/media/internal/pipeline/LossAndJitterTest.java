package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.rtcp.ReportBlock;

class LossAndJitterTest {
    private static final long MS = 1_000_000L;
    private final StreamTable streams = new StreamTable();
    private final LossAndJitter observer = new LossAndJitter(streams);
    private final PacketContext context = new PacketContext();
    private int audio;
    private int video;

    @BeforeEach
    void signal() {
        streams.apply(List.of(new SignalledStream(Track.AUDIO, TestPackets.AUDIO_SSRC, -1),
                new SignalledStream(Track.VIDEO, TestPackets.VIDEO_SSRC, TestPackets.VIDEO_RTX_SSRC)));
        audio = streams.lookup(TestPackets.AUDIO_SSRC);
        video = streams.lookup(TestPackets.VIDEO_SSRC);
    }

    @Test
    void countsExpectedLostAndTheFractionPerInterval() {
        for (int sequence = 100; sequence < 120; sequence++) {
            if (sequence != 105 && sequence != 110 && sequence != 111) {
                observe(video, sequence, 0, sequence * MS);
            }
        }
        observe(video, 112, 0, 200 * MS);
        StreamReception reception = observer.reception(video);
        assertEquals(20, reception.expected());
        assertEquals(18, reception.received());
        assertEquals(2, reception.lost(), "three missing, one duplicate");
        assertEquals(2 * 256 / 20, reception.takeFractionLost());

        for (int sequence = 120; sequence < 130; sequence++) {
            observe(video, sequence, 0, sequence * MS);
        }
        assertEquals(0, reception.takeFractionLost(), "nothing lost in the second interval");
        assertEquals(2, reception.cumulativeLost());
        assertEquals(2, observer.packetsLost());
    }

    @Test
    void extendsTheHighestSequenceNumberAcrossTheWrap() {
        for (int i = 0; i < 12; i++) {
            observe(video, (65_530 + i) & 0xFFFF, 0, i * MS);
        }
        observe(video, 65_529, 0, 20 * MS);
        StreamReception reception = observer.reception(video);
        assertEquals(0x1_0005L, reception.extendedHighestSequence());
        assertEquals(12, reception.expected(), "a packet from before the first does not extend the range");
        assertEquals(-1, reception.lost());
    }

    @Test
    void jitterFollowsRfc3550AppendixA8() {
        Random random = new Random(3);
        double reference = 0;
        long previousTransit = 0;
        for (int i = 0; i < 500; i++) {
            long timestamp = 1_000_000L + i * 960L;
            long arrivalNanos = i * 20 * MS + random.nextInt(30) * MS;
            observe(audio, i, timestamp, arrivalNanos);
            long transit = Math.round(arrivalNanos * 48_000.0 / 1e9) - timestamp;
            if (i > 0) {
                reference += (Math.abs(transit - previousTransit) - reference) / 16;
            }
            previousTransit = transit;
        }
        StreamReception reception = observer.reception(audio);
        assertTrue(reference > 100, "the delays vary by up to 30 ms: " + reference);
        assertEquals(reference, reception.jitter(), 2.0);
        assertEquals(reception.jitter() / 48.0, observer.audioJitterMillis(), 1e-9);
    }

    @Test
    void steadyArrivalsHaveNoJitter() {
        for (int i = 0; i < 100; i++) {
            observe(video, i, 0xFFFF_0000L + i * 3000L & 0xFFFF_FFFFL, 5_000 * MS + i * 33_333_333L);
        }
        assertEquals(0, observer.reception(video).jitter(), "the timestamp wraps; 1/30 s rounds within a unit");
    }

    @Test
    void reportsLastSenderReportAndDelaySinceIt() {
        observe(audio, 1, 0, 0);
        observer.onSenderReport(TestPackets.AUDIO_SSRC, 0xAABB_CCDDL, 1_000 * MS);
        observer.onSenderReport(0x0BADF00D, 0x1111_1111L, 1_000 * MS);
        ReportBlock[] blocks = {new ReportBlock(), new ReportBlock()};

        assertEquals(1, observer.fillReportBlocks(blocks, 1_500 * MS), "video has received nothing");
        assertEquals(TestPackets.AUDIO_SSRC, blocks[0].ssrc);
        assertEquals(0xAABB_CCDDL, blocks[0].lastSr);
        assertEquals(32_768, blocks[0].delaySinceLastSr);
        assertEquals(1, blocks[0].highestSequence);
    }

    @Test
    void rtxIsNotAStreamOfItsOwnAndANewSsrcStartsOver() {
        context.reset();
        context.stream = streams.lookup(TestPackets.VIDEO_RTX_SSRC);
        context.sequenceNumber = 1;
        observer.run(context);
        assertNull(observer.reception(context.stream));

        for (int i = 0; i < 10; i += 2) {
            observe(video, i, 0, i * MS);
        }
        assertEquals(4, observer.packetsLost());
        streams.apply(List.of(new SignalledStream(Track.SCREEN, 0x1234, -1)));
        int screen = streams.lookup(0x1234);
        observe(screen, 500, 0, 0);
        assertEquals(0, observer.packetsLost(), "the old stream is gone, the new one lost nothing");
        assertEquals(1, observer.reception(screen).expected());
    }

    private void observe(int stream, int sequence, long timestamp, long arrivalNanos) {
        context.reset();
        context.stream = stream;
        context.ssrc = streams.ssrc(stream);
        context.sequenceNumber = sequence;
        context.timestamp = timestamp;
        context.arrivalNanos = arrivalNanos;
        assertTrue(observer.run(context));
    }
}
