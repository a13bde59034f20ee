package org.parley.media.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.parley.media.internal.rtp.HostileInput.hex;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReportsTest {

    private final SenderReport sender = new SenderReport();
    private final ReceiverReport receiver = new ReceiverReport();

    @Test
    void readsChromeSenderReport() {
        byte[] packet = hex(ChromeRtcp.SR);
        assertEquals(RtcpRefusal.NONE, sender.wrap(packet, 0, packet.length));
        assertEquals(0x5e0a2b3c, sender.senderSsrc());
        assertEquals(0xe94c3b2a_12345678L, sender.ntpTimestamp());
        assertEquals(0x3b2a1234L, sender.compactNtp());
        assertEquals(123_456, sender.rtpTimestamp());
        assertEquals(300, sender.packetCount());
        assertEquals(40_000, sender.octetCount());
        assertEquals(0, sender.count());
    }

    @Test
    void refusesReportCountPastTheEnd() {
        byte[] packet = hex(ChromeRtcp.SR);
        packet[0] = (byte) 0x81;
        assertEquals(RtcpRefusal.COUNT_PAST_END, sender.wrap(packet, 0, packet.length));
        assertEquals(52, sender.refusedNeed());
        assertEquals(28, sender.refusedHave());
        byte[] rr = hex(ChromeRtcp.RR_SDES.substring(0, ChromeRtcp.RR_SDES.indexOf(" 81 ca")));
        rr[0] = (byte) 0x82;
        assertEquals(RtcpRefusal.COUNT_PAST_END, receiver.wrap(rr, 0, rr.length));
        assertEquals(56, receiver.refusedNeed());
    }

    @Test
    void refusesWrongTypeAndShortPackets() {
        byte[] packet = hex(ChromeRtcp.SR);
        assertEquals(RtcpRefusal.WRONG_TYPE, receiver.wrap(packet, 0, packet.length));
        assertEquals(RtcpHeader.RR, receiver.refusedNeed());
        assertEquals(RtcpHeader.SR, receiver.refusedHave());
        assertEquals(RtcpRefusal.TOO_SHORT, sender.wrap(packet, 0, 27));
    }

    @Test
    void writtenReceiverReportMatchesChromeBytes() {
        byte[] chrome = hex(ChromeRtcp.RR_SDES);
        receiver.wrap(chrome, 0, 32);
        ReportBlock[] blocks = {receiver.reportBlock(0, new ReportBlock())};
        byte[] written = new byte[40];
        assertEquals(32, ReceiverReport.write(written, 8, 0xfa17fa17, blocks, 1));
        assertArrayEquals(Arrays.copyOf(chrome, 32), Arrays.copyOfRange(written, 8, 40));
    }

    @Test
    void receiverReportWriteThenParseIsIdentity() {
        Random random = new Random(11);
        byte[] buffer = new byte[8 + 31 * 24];
        ReportBlock[] blocks = new ReportBlock[31];
        for (int round = 0; round < 2_000; round++) {
            int count = random.nextInt(32);
            for (int index = 0; index < count; index++) {
                blocks[index] = randomBlock(random);
            }
            int senderSsrc = random.nextInt();
            int length = ReceiverReport.write(buffer, 0, senderSsrc, blocks, count);
            assertEquals(RtcpRefusal.NONE, receiver.wrap(buffer, 0, length));
            assertEquals(senderSsrc, receiver.senderSsrc());
            assertEquals(count, receiver.count());
            for (int index = 0; index < count; index++) {
                assertBlockEquals(blocks[index], receiver.reportBlock(index, new ReportBlock()));
            }
        }
    }

    @Test
    void writerRefusesProgrammingErrors() {
        ReportBlock[] blocks = new ReportBlock[32];
        assertThrows(IllegalArgumentException.class, () -> ReceiverReport.write(new byte[1000], 0, 1, blocks, 32));
        assertThrows(IllegalArgumentException.class, () -> ReceiverReport.write(new byte[7], 0, 1, blocks, 0));
    }

    private static ReportBlock randomBlock(Random random) {
        ReportBlock block = new ReportBlock();
        block.ssrc = random.nextInt();
        block.fractionLost = random.nextInt(256);
        block.cumulativeLost = random.nextInt(1 << 24) - (1 << 23);
        block.highestSequence = random.nextLong() & 0xffff_ffffL;
        block.jitter = random.nextLong() & 0xffff_ffffL;
        block.lastSr = random.nextLong() & 0xffff_ffffL;
        block.delaySinceLastSr = random.nextLong() & 0xffff_ffffL;
        return block;
    }

    private static void assertBlockEquals(ReportBlock expected, ReportBlock actual) {
        assertEquals(expected.ssrc, actual.ssrc);
        assertEquals(expected.fractionLost, actual.fractionLost);
        assertEquals(expected.cumulativeLost, actual.cumulativeLost);
        assertEquals(expected.highestSequence, actual.highestSequence);
        assertEquals(expected.jitter, actual.jitter);
        assertEquals(expected.lastSr, actual.lastSr);
        assertEquals(expected.delaySinceLastSr, actual.delaySinceLastSr);
    }
}
