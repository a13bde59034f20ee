package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.media.internal.rtp.HostileInput.hex;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.rtcp.ReceiverReport;
import org.parley.media.internal.rtcp.ReportBlock;
import org.parley.media.internal.rtcp.RtcpCompound;
import org.parley.media.internal.rtcp.RtcpHeader;
import org.parley.media.internal.rtcp.RtcpRefusal;
import org.parley.media.internal.rtcp.SenderReport;
import org.parley.media.internal.rtp.HeaderExtensions;
import org.parley.media.internal.rtp.RtpHeader;
import org.parley.media.internal.transport.BufferPool;

/** Sender and receiver reports of one leg, the schedule that joins them, and the RTT their echo gives. */
class ReportWritersTest {
    private static final int LOCAL_SSRC = 0x10C41;
    private static final long MILLI = 1_000_000L;
    /** 2024-01-01T00:00:00.250Z: NTP seconds 0xE93C_7F00, fraction 0.25 = 0x4000_0000. */
    private static final long WALL_MILLIS = Instant.parse("2024-01-01T00:00:00.250Z").toEpochMilli();

    private final OutgoingStreams streams = new OutgoingStreams(LOCAL_SSRC, new BufferPool(1));
    private final RoundTripEstimator roundTrip = new RoundTripEstimator();
    private final SenderReportWriter senderReports = new SenderReportWriter(streams, roundTrip);
    private final byte[] out = new byte[BufferPool.BUFFER_BYTES];

    @Test
    void ntpTimeOfTheWallClock() {
        assertEquals(0xE93C_7F00_4000_0000L, SenderReportWriter.ntpTimestamp(WALL_MILLIS));
        assertEquals(0x7F00_4000L, SenderReportWriter.compactNtp(0xE93C_7F00_4000_0000L));
        assertEquals(SenderReportWriter.NTP_UNIX_OFFSET_SECONDS << 32, SenderReportWriter.ntpTimestamp(0));
    }

    @Test
    void sendsOneSenderReportPerStreamThatSent() {
        OutgoingStream audio = sending(0xA0D10, 48_000, 3, 0);
        streams.open(0x1D1E, 90_000, false);
        assertEquals(3, audio.rewriter().packets());
        int length = senderReports.write(out, 4, 1_000, 500 * MILLI, WALL_MILLIS);
        assertEquals(SenderReport.FIXED_LENGTH, length, "the idle stream has nothing to report");
        long rtpNow = 2 * 960 + 48 * (500 - 40);
        byte[] expected = hex("80 c8 00 06  00 0a 0d 10  e9 3c 7f 00  40 00 00 00"
                + String.format(" %08x", rtpNow) + " 00 00 00 03  00 00 00 1e");
        assertArrayEquals(expected, Arrays.copyOfRange(out, 4, 4 + length),
                "NTP of the wall clock, RTP time of the same instant (newest packet at 40 ms + 460 ms), 3 packets,"
                        + " 30 octets");
    }

    @Test
    void rotatesWhenNotAllStreamsFit() {
        sending(1, 90_000, 1, 0);
        sending(2, 90_000, 1, 0);
        sending(3, 90_000, 1, 0);
        assertEquals(56, senderReports.write(out, 0, 60, 0, WALL_MILLIS));
        assertEquals(1, senderSsrcAt(0));
        assertEquals(2, senderSsrcAt(28));
        assertEquals(56, senderReports.write(out, 0, 60, 0, WALL_MILLIS));
        assertEquals(3, senderSsrcAt(0), "the next batch starts where the last stopped");
        assertEquals(4, senderReports.reports());
    }

    @Test
    void theReceiversEchoGivesTheRoundTrip() {
        sending(1, 90_000, 1, 0);
        senderReports.write(out, 0, 100, 1_000 * MILLI, WALL_MILLIS);
        long lsr = SenderReportWriter.compactNtp(SenderReportWriter.ntpTimestamp(WALL_MILLIS));
        long delay = 65_536 / 10;
        long rtt = roundTrip.onReportBlock(lsr, delay, 1_000 * MILLI + 130 * MILLI);
        assertEquals(30, Math.round(rtt / 1e6), "130 ms after sending, 100 ms of it held by the receiver");
    }

    @Test
    void receiverReportCarriesTheReceptionStatsBlocks() {
        ReceiverReportWriter writer = new ReceiverReportWriter(LOCAL_SSRC, (blocks, now) -> {
            blocks[0].ssrc = 0x50C3;
            blocks[0].fractionLost = 25;
            blocks[0].cumulativeLost = -2;
            blocks[0].highestSequence = 0x1_0005L;
            blocks[0].jitter = 90;
            blocks[0].lastSr = 0x1234_5678L;
            blocks[0].delaySinceLastSr = now / MILLI;
            return 1;
        });
        assertEquals(32, writer.write(out, 0, 100, 7 * MILLI));
        assertArrayEquals(hex("81 c9 00 07  00 01 0c 41  00 00 50 c3  19 ff ff fe  00 01 00 05  00 00 00 5a"
                + " 12 34 56 78  00 00 00 07"), Arrays.copyOf(out, 32));
        assertEquals(0, new ReceiverReportWriter(LOCAL_SSRC, (blocks, now) -> 0).write(out, 0, 100, 0),
                "nothing received: no report");
        assertEquals(0, writer.write(out, 0, 31, 0), "no room for a block: no report");
    }

    @Test
    void scheduleWritesReceiverThenSenderReportsOncePerInterval() {
        sending(0x5107, 90_000, 2, 0);
        ReportScheduler schedule = new ReportScheduler(new ReceiverReportWriter(LOCAL_SSRC, (blocks, now) -> {
            blocks[0].ssrc = 0x50C3;
            return 1;
        }), senderReports, ReportScheduler.DEFAULT_INTERVAL_NANOS);
        int length = schedule.writeIfDue(out, 0, 1_200, 0, WALL_MILLIS);
        assertEquals(32 + 28, length);
        RtcpCompound compound = new RtcpCompound();
        assertEquals(RtcpRefusal.NONE, compound.wrap(out, 0, length));
        assertTrue(compound.next());
        assertEquals(RtcpHeader.RR, compound.packetType());
        ReceiverReport rr = new ReceiverReport();
        assertEquals(RtcpRefusal.NONE, rr.wrap(out, compound.packetOffset(), compound.packetLength()));
        assertEquals(0x50C3, rr.reportBlock(0, new ReportBlock()).ssrc);
        assertTrue(compound.next());
        assertEquals(RtcpHeader.SR, compound.packetType());
        assertFalse(compound.next());
        assertEquals(0, schedule.writeIfDue(out, 0, 1_200, 999 * MILLI, WALL_MILLIS + 999));
        assertEquals(60, schedule.writeIfDue(out, 0, 1_200, 1_000 * MILLI, WALL_MILLIS + 1_000));
    }

    /** Opens a stream and sends {@code packets} 20 ms Opus-like packets of 10 payload bytes through it. */
    private OutgoingStream sending(int ssrc, int clockRate, int packets, long startMillis) {
        OutgoingStream stream = streams.open(ssrc, clockRate, false);
        stream.bind(ssrc, new HeaderTranslation().payloadType(SendPackets.OPUS, SendPackets.OPUS), null);
        RtpHeader header = new RtpHeader();
        PacketContext context = new PacketContext();
        for (int i = 0; i < packets; i++) {
            byte[] packet = SendPackets.packet(SendPackets.OPUS, i, i * 960L, ssrc, 10);
            header.wrap(packet, 0, SendPackets.HEADER_LENGTH + 10);
            long nanos = (startMillis + 20L * i) * MILLI;
            assertTrue(stream.rewriter().rewrite(header, new HeaderExtensions(), context, nanos));
        }
        return stream;
    }

    private int senderSsrcAt(int offset) {
        SenderReport view = new SenderReport();
        assertEquals(RtcpRefusal.NONE, view.wrap(out, offset, SenderReport.FIXED_LENGTH));
        return view.senderSsrc();
    }
}
