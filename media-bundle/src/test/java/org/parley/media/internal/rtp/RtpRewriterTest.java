package org.parley.media.internal.rtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.media.internal.rtp.HostileInput.hex;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RtpRewriterTest {

    private final RtpHeader header = new RtpHeader();
    private final HeaderExtensions elements = new HeaderExtensions();

    @Test
    void rewritesSsrcSequenceAndTimestampInPlace() {
        byte[] packet = hex(ChromePackets.OPUS);
        header.wrap(packet, 0, packet.length);
        RtpRewriter.setSsrc(header, 0xcafebabe);
        RtpRewriter.setSequenceNumber(header, 0x1_0005);
        RtpRewriter.setTimestamp(header, 0x1_ffff_fff0L);
        byte[] expected = hex(ChromePackets.OPUS);
        System.arraycopy(hex("00 05 ff ff ff f0 ca fe ba be"), 0, expected, 2, 10);
        assertArrayEquals(expected, packet);
    }

    @Test
    void readsAndRewritesTransportSequenceNumberInBothForms() {
        for (String chrome : new String[] {ChromePackets.OPUS, ChromePackets.VP8}) {
            byte[] packet = hex(chrome);
            header.wrap(packet, 0, packet.length);
            int before = RtpRewriter.transportSequenceNumber(header, elements, 3);
            assertTrue(before == 44 || before == 45);
            assertTrue(RtpRewriter.setTransportSequenceNumber(header, elements, 3, 0xfffe));
            assertEquals(0xfffe, RtpRewriter.transportSequenceNumber(header, elements, 3));
            assertEquals(RtpRefusal.NONE, header.wrap(packet, 0, packet.length), "still a valid packet");
        }
    }

    @Test
    void setsAnyExtensionValueOverItsLength() {
        byte[] packet = hex(ChromePackets.VP8);
        header.wrap(packet, 0, packet.length);
        assertTrue(RtpRewriter.setExtensionValue(header, elements, 17, 0x1234));
        assertTrue(elements.find(header, 17));
        assertEquals(0x1234, BigEndian.uint16(packet, elements.dataOffset()));
        assertFalse(RtpRewriter.setExtensionValue(header, elements, 9, 1));
        assertFalse(RtpRewriter.setTransportSequenceNumber(header, elements, 4, 1), "mid is 1 byte, not 2");
    }

    @Test
    void rewriteThenParseIsIdentityOnRandomValues() {
        Random random = new Random(7);
        byte[] packet = hex(ChromePackets.OPUS);
        for (int round = 0; round < 5_000; round++) {
            int ssrc = random.nextInt();
            int sequence = random.nextInt(1 << 16);
            long timestamp = random.nextLong() & 0xffff_ffffL;
            int transport = random.nextInt(1 << 16);
            header.wrap(packet, 0, packet.length);
            RtpRewriter.setSsrc(header, ssrc);
            RtpRewriter.setSequenceNumber(header, sequence);
            RtpRewriter.setTimestamp(header, timestamp);
            RtpRewriter.setTransportSequenceNumber(header, elements, 3, transport);
            assertEquals(RtpRefusal.NONE, header.wrap(packet, 0, packet.length));
            assertEquals(ssrc, header.ssrc());
            assertEquals(sequence, header.sequenceNumber());
            assertEquals(timestamp, header.timestamp());
            assertEquals(transport, RtpRewriter.transportSequenceNumber(header, elements, 3));
            assertEquals(58, AudioLevel.level(header, elements, 1), "neighbouring element untouched");
        }
    }
}
