package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.media.internal.rtp.HostileInput.hex;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.rtp.ChromePackets;
import org.parley.media.internal.rtp.HeaderExtensions;
import org.parley.media.internal.rtp.RtpHeader;
import org.parley.media.internal.rtp.RtpRefusal;
import org.parley.media.internal.rtp.RtpRewriter;
import org.parley.media.internal.sdp.Codec;
import org.parley.media.internal.sdp.HeaderExtension;
import org.parley.media.internal.sdp.MediaKind;
import org.parley.media.internal.sdp.RtpSetup;

class HeaderTranslationTest {
    private final RtpHeader header = new RtpHeader();
    private final HeaderExtensions elements = new HeaderExtensions();

    /** A Firefox-like sender (VP8 120, RTX 124, mid 3, transport-cc 7) to a Chrome-like receiver (96, 97, 4, 3). */
    @Test
    void translatesBetweenTwoNegotiatedSetups() {
        RtpSetup firefox = video(120, 124, new HeaderExtension(3, HeaderExtension.MID),
                new HeaderExtension(7, HeaderExtension.TRANSPORT_CC));
        RtpSetup chrome = video(96, 97, new HeaderExtension(3, HeaderExtension.TRANSPORT_CC),
                new HeaderExtension(4, HeaderExtension.MID));
        HeaderTranslation translation = HeaderTranslation.between(firefox, chrome);
        assertEquals(96, translation.payloadTypeFor(120));
        assertEquals(97, translation.payloadTypeFor(124));
        assertEquals(-1, translation.payloadTypeFor(96), "the receiver's own numbers mean nothing from this sender");
        byte[] packet = hex("90 f8 00 01  00 00 00 10  11 22 33 44"
                + " be de 00 02  30 31 71 01  2c 00 00 00  de ad");
        assertEquals(RtpRefusal.NONE, header.wrap(packet, 0, packet.length));
        assertTrue(translation.apply(header, elements));
        assertArrayEquals(hex("90 e0 00 01  00 00 00 10  11 22 33 44"
                + " be de 00 02  00 00 31 01  2c 00 00 00  de ad"), packet,
                "marker kept, PT 120→96, mid element blanked, transport-cc 7→3");
        assertEquals(0x012c, RtpRewriter.transportSequenceNumber(header, elements, 3));
    }

    @Test
    void twoByteFormKeepsLargeIdsAndBlanksUnmapped() {
        byte[] packet = hex(ChromePackets.VP8);
        assertEquals(RtpRefusal.NONE, header.wrap(packet, 0, packet.length));
        HeaderTranslation translation = new HeaderTranslation().payloadType(96, 100).extension(3, 200);
        assertTrue(translation.apply(header, elements));
        byte[] expected = hex(ChromePackets.VP8);
        expected[1] = (byte) (0x80 | 100);
        expected[16] = (byte) 200;
        expected[20] = 0;
        expected[21] = 0;
        expected[22] = 0;
        expected[24] = 0;
        expected[25] = 0;
        expected[26] = 0;
        expected[27] = 0;
        assertArrayEquals(expected, packet);
        assertEquals(0x2d, RtpRewriter.transportSequenceNumber(header, elements, 200));
    }

    @Test
    void oneByteFormBlanksAnIdItCannotExpress() {
        byte[] packet = hex(ChromePackets.OPUS);
        assertEquals(RtpRefusal.NONE, header.wrap(packet, 0, packet.length));
        HeaderTranslation translation = new HeaderTranslation().payloadType(111, 111).extension(1, 1)
                .extension(3, 15);
        assertTrue(translation.apply(header, elements));
        byte[] expected = hex(ChromePackets.OPUS);
        expected[18] = 0;
        expected[19] = 0;
        expected[20] = 0;
        assertArrayEquals(expected, packet, "audio level kept, transport-cc (id 15 needs two bytes) blanked");
    }

    @Test
    void refusesAnUnmappedPayloadTypeWithoutTouchingThePacket() {
        byte[] packet = hex(ChromePackets.OPUS);
        assertEquals(RtpRefusal.NONE, header.wrap(packet, 0, packet.length));
        assertFalse(new HeaderTranslation().payloadType(96, 96).apply(header, elements));
        assertArrayEquals(hex(ChromePackets.OPUS), packet);
    }

    @Test
    void refusesIdsOutOfRange() {
        HeaderTranslation translation = new HeaderTranslation();
        assertThrows(IllegalArgumentException.class, () -> translation.payloadType(128, 1));
        assertThrows(IllegalArgumentException.class, () -> translation.extension(0, 1));
        assertThrows(IllegalArgumentException.class, () -> translation.extension(1, 256));
    }

    private static RtpSetup video(int vp8, int rtx, HeaderExtension... extensions) {
        return new RtpSetup(MediaKind.VIDEO,
                new Codec(vp8, "VP8", 90_000, 1, "", Map.of(), List.of("nack", "nack pli", "ccm fir")),
                new Codec(rtx, "rtx", 90_000, 1, "apt=" + vp8, Map.of("apt", "" + vp8), List.of()),
                List.of(extensions));
    }
}
