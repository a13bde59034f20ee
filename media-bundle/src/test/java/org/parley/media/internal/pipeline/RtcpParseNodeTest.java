package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.rtcp.ReceiverReport;
import org.parley.media.internal.rtcp.ReportBlock;
import org.parley.media.internal.rtcp.RtcpHeader;
import org.parley.media.internal.rtp.BigEndian;

class RtcpParseNodeTest {
    private static final long MS = 1_000_000L;
    /** The NTP time of the browser's SR: seconds 0xE94C3B2A, fraction 0x12345678; compact 0x3B2A1234. */
    private static final long BROWSER_NTP_SECONDS = 0xE94C_3B2AL;
    private static final long BROWSER_NTP_FRACTION = 0x1234_5678L;
    private static final long OUR_SR = 0x0102_0304L;

    private final StreamTable streams = new StreamTable();
    private final LossAndJitter reception = new LossAndJitter(streams);
    private final RoundTripEstimator roundTrip = new RoundTripEstimator();
    private final EndpointCounters counters = new EndpointCounters();
    private final RtcpParseNode node = new RtcpParseNode(reception, roundTrip, counters);
    private final PacketContext context = new PacketContext();

    @BeforeEach
    void signal() {
        streams.apply(List.of(new SignalledStream(Track.AUDIO, TestPackets.AUDIO_SSRC, -1)));
        roundTrip.senderReportSent(OUR_SR, 1_000 * MS);
    }

    @Test
    void takesTheSenderReportsTimeAndTheRoundTripFromItsReportBlock() {
        byte[] array = new byte[TestPackets.BUFFER];
        int length = senderReportWithBlock(array, OUR_SR, 6_554);
        length += sourceDescription(array, length);

        assertTrue(run(array, length, 1_130 * MS), "RTCP passes on for the feedback consumers");

        assertEquals(30 * MS, roundTrip.latestNanos(), 10_000, "130 ms minus the 0.1 s (6554/65536) the browser took");
        assertNull(reception.reception(streams.lookup(TestPackets.AUDIO_SSRC)), "an SR alone starts no reception");
        observeOneAudioPacket();
        ReportBlock block = new ReportBlock();
        reception.fillReportBlocks(new ReportBlock[] {block}, 1_630 * MS);
        assertEquals(0x3B2A_1234L, block.lastSr);
        assertEquals(32_768, block.delaySinceLastSr, "half a second since the SR arrived");
    }

    @Test
    void takesTheRoundTripFromAReceiverReport() {
        byte[] array = new byte[TestPackets.BUFFER];
        ReportBlock block = new ReportBlock();
        block.ssrc = 0x42;
        block.lastSr = OUR_SR;
        block.delaySinceLastSr = 0;
        int length = ReceiverReport.write(array, 0, 1, new ReportBlock[] {block}, 1);
        assertTrue(run(array, length, 1_025 * MS));
        assertEquals(25 * MS, roundTrip.smoothedNanos());
    }

    @Test
    void dropsACompoundThatDoesNotParse() {
        byte[] array = new byte[TestPackets.BUFFER];
        int length = ReceiverReport.write(array, 0, 1, new ReportBlock[0], 0);
        BigEndian.putUint16(array, 2, 5);
        assertFalse(run(array, length, 0), "the length field claims more than the packet holds");
        array[0] = (byte) 0x40;
        assertFalse(run(array, length, 0), "version 1");
        assertEquals(2, counters.dropped(DropReason.MALFORMED_RTCP));
        assertEquals(-1, roundTrip.latestNanos());
    }

    @Test
    void rtpPassesUntouched() {
        context.reset();
        context.packet.wrap(new byte[] {1, 2, 3}, 0, 3, null);
        assertTrue(node.run(context));
        assertEquals(0, counters.droppedTotal());
    }

    private void observeOneAudioPacket() {
        PacketContext packet = new PacketContext();
        packet.stream = streams.lookup(TestPackets.AUDIO_SSRC);
        packet.sequenceNumber = 1;
        packet.timestamp = 960;
        reception.run(packet);
    }

    private boolean run(byte[] array, int length, long nanos) {
        context.reset();
        context.rtcp = true;
        context.packet.wrap(array, 0, length, null);
        context.arrivalNanos = nanos;
        return node.run(context);
    }

    /** An SR from the browser's audio SSRC with one report block about the SFU's stream 0x42. */
    private static int senderReportWithBlock(byte[] array, long lastSr, long delaySinceLastSr) {
        int length = 28 + ReportBlock.LENGTH;
        RtcpHeader.write(array, 0, 1, RtcpHeader.SR, length);
        BigEndian.putInt32(array, 4, TestPackets.AUDIO_SSRC);
        BigEndian.putInt32(array, 8, BROWSER_NTP_SECONDS);
        BigEndian.putInt32(array, 12, BROWSER_NTP_FRACTION);
        BigEndian.putInt32(array, 16, 96_000);
        BigEndian.putInt32(array, 20, 100);
        BigEndian.putInt32(array, 24, 16_000);
        ReportBlock block = new ReportBlock();
        block.ssrc = 0x42;
        block.lastSr = lastSr;
        block.delaySinceLastSr = delaySinceLastSr;
        block.writeTo(array, 28);
        return length;
    }

    /** An SDES with one empty CNAME chunk, as the second packet of the compound. */
    private static int sourceDescription(byte[] array, int offset) {
        RtcpHeader.write(array, offset, 1, RtcpHeader.SDES, 12);
        BigEndian.putInt32(array, offset + 4, TestPackets.AUDIO_SSRC);
        BigEndian.putInt32(array, offset + 8, 0x0100_0000);
        return 12;
    }
}
