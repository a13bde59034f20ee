package org.parley.media.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.media.internal.rtp.HostileInput.hex;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RtcpCompoundTest {

    private final RtcpCompound compound = new RtcpCompound();

    @Test
    void iteratesChromeReceiverReportAndSourceDescription() {
        byte[] packet = hex(ChromeRtcp.RR_SDES);
        assertEquals(RtcpRefusal.NONE, compound.wrap(packet, 0, packet.length));
        assertTrue(compound.next());
        assertEquals(RtcpHeader.RR, compound.packetType());
        assertEquals(1, compound.count());
        assertEquals(0, compound.packetOffset());
        assertEquals(32, compound.packetLength());
        ReceiverReport report = new ReceiverReport();
        assertEquals(RtcpRefusal.NONE, report.wrap(packet, compound.packetOffset(), compound.packetLength()));
        ReportBlock block = report.reportBlock(0, new ReportBlock());
        assertEquals(0xfa17fa17, report.senderSsrc());
        assertEquals(0x5e0a2b3c, block.ssrc);
        assertEquals(10, block.fractionLost);
        assertEquals(3, block.cumulativeLost);
        assertEquals(0x11a40, block.highestSequence);
        assertEquals(0x12, block.jitter);
        assertEquals(0x8d3c4415L, block.lastSr);
        assertEquals(50_000, block.delaySinceLastSr);

        assertTrue(compound.next());
        assertEquals(RtcpHeader.SDES, compound.packetType());
        SourceDescription sdes = new SourceDescription();
        assertEquals(RtcpRefusal.NONE, sdes.wrap(packet, compound.packetOffset(), compound.packetLength()));
        assertTrue(sdes.nextChunk());
        assertEquals(0xfa17fa17, sdes.chunkSsrc());
        assertTrue(sdes.nextItem());
        assertEquals(SourceDescription.CNAME, sdes.itemType());
        assertEquals("aBcDeFgHiJkLmNoP", new String(packet, sdes.itemOffset(), sdes.itemLength(),
                StandardCharsets.US_ASCII));
        assertFalse(sdes.nextItem());
        assertFalse(sdes.nextChunk());
        assertFalse(sdes.truncated());
        assertFalse(compound.next());
    }

    @Test
    void acceptsReducedSizeFeedbackAlone() {
        byte[] packet = hex(ChromeRtcp.PLI);
        assertEquals(RtcpRefusal.NONE, compound.wrap(packet, 0, packet.length));
        assertTrue(compound.next());
        assertEquals(RtcpHeader.PSFB, compound.packetType());
        assertFalse(compound.next());
    }

    @Test
    void stripsPaddingOfTheLastPacket() {
        byte[] packet = hex(ChromeRtcp.PLI + " a1 ce 00 03 fa 17 fa 17 5e 0a 2b 3c 00 00 00 04");
        assertEquals(RtcpRefusal.NONE, compound.wrap(packet, 0, packet.length));
        compound.next();
        assertTrue(compound.next());
        assertEquals(12, compound.packetLength());
    }

    @Test
    void refusesEmptyAndTrailingBytes() {
        assertRefused("", RtcpRefusal.TOO_SHORT, 4, 0);
        assertRefused(ChromeRtcp.PLI + " 81 ce", RtcpRefusal.TOO_SHORT, 4, 2);
    }

    @Test
    void refusesVersionOtherThanTwo() {
        assertRefused(ChromeRtcp.PLI + " 41 ce 00 02 fa 17 fa 17 5e 0a 2b 3c", RtcpRefusal.BAD_VERSION, 2, 1);
    }

    @Test
    void refusesLengthThatLies() {
        assertRefused("81 c9 00 07 fa 17 fa 17", RtcpRefusal.LENGTH_PAST_END, 32, 8);
        assertRefused(ChromeRtcp.PLI + " 81 ce ff ff fa 17 fa 17", RtcpRefusal.LENGTH_PAST_END, 0x10000 * 4, 8);
    }

    @Test
    void refusesPaddingOnlyOnTheLastPacket() {
        assertRefused("a1 ce 00 02 fa 17 fa 17 5e 0a 2b 03 " + ChromeRtcp.PLI, RtcpRefusal.PADDING_NOT_LAST, 12, 24);
    }

    @Test
    void refusesBadPaddingCount() {
        assertRefused("a1 ce 00 02 fa 17 fa 17 5e 0a 2b 00", RtcpRefusal.BAD_PADDING, 0, 8);
        assertRefused("a1 ce 00 02 fa 17 fa 17 5e 0a 2b 09", RtcpRefusal.BAD_PADDING, 9, 8);
    }

    private void assertRefused(String hexPacket, RtcpRefusal reason, int need, int have) {
        byte[] packet = hex(hexPacket);
        assertEquals(reason, compound.wrap(packet, 0, packet.length));
        assertEquals(need, compound.refusedNeed(), "need");
        assertEquals(have, compound.refusedHave(), "have");
        assertFalse(compound.next(), "a refused compound yields nothing");
    }
}
