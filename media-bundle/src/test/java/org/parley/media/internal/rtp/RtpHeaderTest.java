package org.parley.media.internal.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.media.internal.rtp.HostileInput.hex;

import org.junit.jupiter.api.Test;

class RtpHeaderTest {

    private final RtpHeader header = new RtpHeader();

    @Test
    void readsChromeOpusPacketWithOneByteExtension() {
        byte[] packet = hex(ChromePackets.OPUS);
        assertEquals(RtpRefusal.NONE, header.wrap(packet, 0, packet.length));
        assertEquals(111, header.payloadType());
        assertFalse(header.marker());
        assertEquals(0x1a2b, header.sequenceNumber());
        assertEquals(123_456L, header.timestamp());
        assertEquals(0x5e0a2b3c, header.ssrc());
        assertEquals(0, header.csrcCount());
        assertEquals(HeaderExtensions.ONE_BYTE_PROFILE, header.extensionProfile());
        assertEquals(16, header.extensionOffset());
        assertEquals(8, header.extensionLength());
        assertEquals(24, header.payloadOffset());
        assertEquals(10, header.payloadLength());
    }

    @Test
    void readsChromeVp8PacketWithTwoByteExtensionAtAnOffset() {
        byte[] packet = hex("ff ff ff " + ChromePackets.VP8);
        assertEquals(RtpRefusal.NONE, header.wrap(packet, 3, packet.length - 3));
        assertTrue(header.marker());
        assertEquals(96, header.payloadType());
        assertEquals(0x2fa1, header.sequenceNumber());
        assertEquals(0x1000, header.extensionProfile());
        assertEquals(3 + 28, header.payloadOffset());
        assertEquals(14, header.payloadLength());
        assertEquals(28, header.headerLength());
    }

    @Test
    void readsCsrcsAndStripsPadding() {
        byte[] packet = hex("a2 00 00 01 00 00 00 02 00 00 00 03 11 11 11 11 22 22 22 22 aa bb 00 00 03");
        assertEquals(RtpRefusal.NONE, header.wrap(packet, 0, packet.length));
        assertEquals(2, header.csrcCount());
        assertEquals(0x11111111, header.csrc(0));
        assertEquals(0x22222222, header.csrc(1));
        assertThrows(IndexOutOfBoundsException.class, () -> header.csrc(2));
        assertTrue(header.hasPadding());
        assertEquals(20, header.payloadOffset());
        assertEquals(2, header.payloadLength());
        assertFalse(header.hasExtension());
        assertEquals(-1, header.extensionProfile());
    }

    @Test
    void refusesShortPacketWithSizes() {
        assertRefused("80 00 00 01 00 00 00 02 00 00 00", RtpRefusal.TOO_SHORT, 12, 11);
    }

    @Test
    void refusesVersionOtherThanTwo() {
        assertRefused("40 00 00 01 00 00 00 02 00 00 00 03", RtpRefusal.BAD_VERSION, 2, 1);
    }

    @Test
    void refusesCsrcCountPastEnd() {
        assertRefused("8f 00 00 01 00 00 00 02 00 00 00 03 00 00 00 04", RtpRefusal.CSRC_PAST_END, 72, 16);
    }

    @Test
    void refusesTruncatedExtensionHeader() {
        assertRefused("90 00 00 01 00 00 00 02 00 00 00 03 be de", RtpRefusal.EXTENSION_HEADER_PAST_END, 16, 14);
    }

    @Test
    void refusesExtensionLengthThatLies() {
        assertRefused("90 00 00 01 00 00 00 02 00 00 00 03 be de ff ff 10 01 00 00", RtpRefusal.EXTENSION_PAST_END,
                16 + 0xffff * 4, 20);
    }

    @Test
    void refusesZeroPaddingCount() {
        assertRefused("a0 00 00 01 00 00 00 02 00 00 00 03 aa 00", RtpRefusal.PADDING_ZERO, 1, 0);
    }

    @Test
    void refusesPaddingLongerThanTheBody() {
        assertRefused("a0 00 00 01 00 00 00 02 00 00 00 03 aa 03", RtpRefusal.PADDING_PAST_PAYLOAD, 3, 2);
    }

    @Test
    void acceptsPaddingThatFillsTheWholeBody() {
        byte[] packet = hex("a0 00 00 01 00 00 00 02 00 00 00 03 00 02");
        assertEquals(RtpRefusal.NONE, header.wrap(packet, 0, packet.length));
        assertEquals(0, header.payloadLength());
    }

    @Test
    void viewIsReusableAfterARefusal() {
        byte[] bad = hex("40 00 00 01 00 00 00 02 00 00 00 03");
        byte[] good = hex(ChromePackets.OPUS);
        header.wrap(bad, 0, bad.length);
        assertEquals(RtpRefusal.NONE, header.wrap(good, 0, good.length));
        assertEquals(RtpRefusal.NONE, header.refusal());
        assertEquals(0, header.refusedNeed());
    }

    private void assertRefused(String hexPacket, RtpRefusal reason, int need, int have) {
        byte[] packet = hex(hexPacket);
        assertEquals(reason, header.wrap(packet, 0, packet.length));
        assertEquals(reason, header.refusal());
        assertEquals(need, header.refusedNeed(), "need");
        assertEquals(have, header.refusedHave(), "have");
    }
}
