package org.parley.media.internal.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.media.internal.rtp.HostileInput.hex;

import org.junit.jupiter.api.Test;

class HeaderExtensionsTest {

    private static final String FIXED = "90 6f 00 01 00 00 00 02 00 00 00 03 ";

    private final RtpHeader header = new RtpHeader();
    private final HeaderExtensions elements = new HeaderExtensions();

    @Test
    void iteratesOneByteElementsOfChromeOpus() {
        wrap(ChromePackets.OPUS);
        assertEquals("1@17+1 3@19+2 ", list());
        assertFalse(elements.twoByte());
    }

    @Test
    void iteratesTwoByteElementsOfChromeVp8SkippingPadding() {
        wrap(ChromePackets.VP8);
        assertEquals("3@18+2 4@22+1 17@26+2 ", list());
        assertTrue(elements.twoByte());
        assertTrue(elements.find(header, 17));
        assertEquals(0xca, header.array()[elements.dataOffset()] & 0xff);
    }

    @Test
    void oneByteId15StopsTheWalk() {
        wrap(FIXED + "be de 00 02 10 aa f3 11 22 20 bb 00");
        assertEquals("1@17+1 ", list());
        assertFalse(elements.find(header, 2));
    }

    @Test
    void elementRunningPastTheExtensionEndsTheWalk() {
        wrap(FIXED + "be de 00 01 10 aa 2f 00 99 99 99 99");
        assertEquals("1@17+1 ", list());
    }

    @Test
    void twoByteElementMayBeEmpty() {
        wrap(FIXED + "10 00 00 01 05 00 06 01");
        assertEquals("5@18+0 ", list());
    }

    @Test
    void unknownProfileHasNoElements() {
        wrap(FIXED + "ab cd 00 01 10 aa 00 00");
        assertEquals("", list());
        assertEquals(AudioLevel.SILENCE, AudioLevel.level(header, elements, 1));
    }

    @Test
    void readsAudioLevelAndVoiceActivity() {
        wrap(ChromePackets.OPUS);
        assertEquals(58, AudioLevel.level(header, elements, 1));
        assertTrue(AudioLevel.voiceActivity(header, elements, 1));
        assertEquals(AudioLevel.SILENCE, AudioLevel.level(header, elements, 2));
        assertFalse(AudioLevel.voiceActivity(header, elements, 2));
    }

    @Test
    void packetWithoutExtensionHasNoElements() {
        wrap("80 6f 00 01 00 00 00 02 00 00 00 03 01 02");
        assertFalse(elements.find(header, 1));
        assertEquals(-1, RtpRewriter.transportSequenceNumber(header, elements, 3));
    }

    private void wrap(String hexPacket) {
        byte[] packet = hex(hexPacket);
        assertEquals(RtpRefusal.NONE, header.wrap(packet, 0, packet.length));
    }

    private String list() {
        StringBuilder text = new StringBuilder();
        elements.reset(header);
        while (elements.next()) {
            text.append(elements.id()).append('@').append(elements.dataOffset()).append('+')
                    .append(elements.dataLength()).append(' ');
        }
        return text.toString();
    }
}
