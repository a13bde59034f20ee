package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.rtcp.RtcpRefusal;
import org.parley.media.internal.rtcp.TransportCcFeedback;

class TransportCcRecorderTest {
    private static final long MS = 1_000_000L;
    private static final long US = 1_000L;
    private static final int OUR_SSRC = 0x5FC0_0001;
    private static final long T0 = 7_000 * MS;

    private final RecordingOutput output = new RecordingOutput();
    private final TransportCcRecorder recorder = new TransportCcRecorder(OUR_SSRC, output);
    private final TransportCcFeedback feedback = new TransportCcFeedback(2048);
    private final PacketContext context = new PacketContext();

    @Test
    void reportsEveryReceivedNumberWithItsArrivalOnTheTick() {
        int[] numbers = {65_533, 65_534, 0, 65_535, 2, 3, 7};
        long[] arrivals = {0, 1_250, 2_500, 3_000, 20_000, 20_250, 40_000};
        for (int i = 0; i < numbers.length; i++) {
            record(numbers[i], T0 + arrivals[i] * US);
        }
        recorder.onTick(T0 + 40 * MS);
        assertEquals(0, output.packets.size(), "the interval has not passed");
        recorder.onTick(T0 + 50 * MS);

        assertEquals(1, output.packets.size());
        parse(output.last());
        assertEquals(OUR_SSRC, feedback.senderSsrc());
        assertEquals(TestPackets.VIDEO_SSRC, feedback.mediaSsrc());
        assertEquals(65_533, feedback.baseSequence());
        assertEquals(11, feedback.packetStatusCount(), "65533 through 7 across the wrap");
        assertEquals(List.of(65_533, 65_534, 65_535, 0, 2, 3, 7), received());
        long first = feedback.receivedTimeMicros(0);
        long[] expected = {0, 1_250, 3_000, 2_500, 20_000, 20_250, 40_000};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], feedback.receivedTimeMicros(i) - first, "arrival of packet " + i);
        }
        assertEquals(0, feedback.feedbackCount());
    }

    @Test
    void sendsOnArrivalAfterAHundredPacketsOrTheIntervalAndCountsFeedback() {
        for (int i = 0; i < TransportCcRecorder.FEEDBACK_AFTER_PACKETS; i++) {
            record(i, T0 + i * 100 * US);
        }
        assertEquals(1, output.packets.size());
        parse(output.last());
        assertEquals(100, feedback.receivedCount());

        record(100, T0 + 20 * MS);
        record(101, T0 + 70 * MS);
        assertEquals(2, output.packets.size(), "50 ms after the last feedback");
        parse(output.last());
        assertEquals(List.of(100, 101), received());
        assertEquals(1, feedback.feedbackCount());
        assertEquals(2, recorder.feedbackSent());
    }

    @Test
    void aPacketBehindTheLastFeedbackIsLateAndDuplicatesCountOnce() {
        record(10, T0);
        record(12, T0 + MS);
        record(12, T0 + 2 * MS);
        recorder.flush(T0 + 3 * MS);
        parse(output.last());
        assertEquals(List.of(10, 12), received());
        assertEquals(3, feedback.packetStatusCount());

        record(11, T0 + 4 * MS);
        assertEquals(1, recorder.late());
        recorder.flush(T0 + 5 * MS);
        assertEquals(1, output.packets.size(), "nothing new to report");
    }

    @Test
    void aJumpBeyondTheWindowReportsWhatCameBeforeAndStartsAgain() {
        record(1, T0);
        record(2, T0 + MS);
        record(2 + TransportCcRecorder.WINDOW + 5, T0 + 2 * MS);
        assertEquals(1, output.packets.size());
        parse(output.last());
        assertEquals(List.of(1, 2), received());
        recorder.flush(T0 + 3 * MS);
        parse(output.last());
        assertEquals(List.of(2 + TransportCcRecorder.WINDOW + 5), received());
    }

    @Test
    void packetsWithoutTheExtensionAndRtcpAreNotRecorded() {
        context.reset();
        context.rtcp = true;
        context.transportSequenceNumber = 5;
        assertTrue(recorder.run(context));
        context.reset();
        assertTrue(recorder.run(context));
        recorder.flush(T0);
        assertEquals(0, output.packets.size());
    }

    @Test
    void aLongGapInArrivalSplitsTheFeedback() {
        record(1, T0);
        record(2, T0 + 9_000 * MS);
        assertEquals(2, output.packets.size(), "the interval passed on 2's arrival: one flush, two packets");
        parse(output.packets.get(0));
        assertEquals(List.of(1), received(), "a 9 s delta cannot be encoded: 2 goes in a feedback of its own");
        parse(output.packets.get(1));
        assertEquals(List.of(2), received());
        assertEquals(1, feedback.feedbackCount());
    }

    private void record(int number, long nanos) {
        context.reset();
        context.ssrc = TestPackets.VIDEO_SSRC;
        context.transportSequenceNumber = number;
        context.arrivalNanos = nanos;
        assertTrue(recorder.run(context));
    }

    private void parse(byte[] packet) {
        assertEquals(RtcpRefusal.NONE, feedback.wrap(packet, 0, packet.length));
    }

    private List<Integer> received() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < feedback.receivedCount(); i++) {
            numbers.add(feedback.receivedSequence(i));
        }
        return numbers;
    }
}
