package org.parley.media.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PacketClassTest {
    private static PacketClass classify(int first, int second, int length) {
        byte[] packet = new byte[length + 4];
        packet[2] = (byte) first;
        if (length > 1) {
            packet[3] = (byte) second;
        }
        return PacketClass.of(packet, 2, length);
    }

    @Test
    void firstByteRangesOfRfc7983() {
        for (int first = 0; first < 256; first++) {
            PacketClass expected = first <= 3 ? PacketClass.STUN
                    : first >= 20 && first <= 63 ? PacketClass.DTLS
                    : first >= 128 && first <= 191 ? PacketClass.RTP : PacketClass.DROP;
            assertEquals(expected, classify(first, 96, 100), "first byte " + first);
        }
    }

    @Test
    void rtcpByItsPacketTypePerRfc5761() {
        assertEquals(PacketClass.RTCP, classify(0x80, 200, 28), "SR");
        assertEquals(PacketClass.RTCP, classify(0x81, 201, 32), "RR");
        assertEquals(PacketClass.RTCP, classify(0x8F, 206, 12), "PSFB");
        assertEquals(PacketClass.RTCP, classify(0x80, 192, 8));
        assertEquals(PacketClass.RTCP, classify(0x80, 223, 8));
        assertEquals(PacketClass.RTP, classify(0x80, 111, 60), "Opus");
        assertEquals(PacketClass.RTP, classify(0x90, 96 | 0x80, 1200), "VP8 with marker");
        assertEquals(PacketClass.RTP, classify(0x80, 224, 12));
    }

    @Test
    void tooShortForItsHeaderIsDropped() {
        assertEquals(PacketClass.DROP, classify(0, 1, 0));
        assertEquals(PacketClass.DROP, classify(0, 1, 19));
        assertEquals(PacketClass.STUN, classify(0, 1, 20));
        assertEquals(PacketClass.DROP, classify(22, 0xFE, 12));
        assertEquals(PacketClass.DROP, classify(0x80, 200, 7));
        assertEquals(PacketClass.DROP, classify(0x80, 111, 11));
        assertEquals(PacketClass.DROP, classify(0x80, 0, 1));
    }

    @Test
    void randomBytesNeverThrowAndPacketDelegates() {
        Random random = new Random(7983);
        Packet packet = new Packet();
        for (int i = 0; i < 50_000; i++) {
            byte[] data = new byte[random.nextInt(40)];
            random.nextBytes(data);
            int offset = data.length == 0 ? 0 : random.nextInt(data.length);
            int length = random.nextInt(data.length - offset + 1);
            assertSame(PacketClass.of(data, offset, length), packet.wrap(data, offset, length, null).classify());
        }
    }
}
