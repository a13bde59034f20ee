package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class HostileDatagramsTest {

    private static final int KINDS = HostileDatagrams.Kind.values().length;

    @Test
    void theSameSeedGivesTheSameDatagramsAndEveryOneFitsADatagram() {
        HostileDatagrams first = new HostileDatagrams(7, "srv:brw", 1234);
        HostileDatagrams again = new HostileDatagrams(7, "srv:brw", 1234);
        for (int i = 0; i < 7_000; i++) {
            byte[] datagram = first.next();
            assertArrayEquals(datagram, again.next(), "datagram " + i);
            assertTrue(datagram.length >= 1 && datagram.length <= 1_472, "datagram " + i + ": " + datagram.length);
        }
    }

    @Test
    void stunWithWrongIntegrityHasTrueLengthsARightFingerprintAndTheUsername() {
        HostileDatagrams datagrams = new HostileDatagrams(11, "srv:brw", 1234);
        for (int round = 0; round < 50; round++) {
            datagrams.next();
            ByteBuffer stun = ByteBuffer.wrap(datagrams.next());
            for (int skip = 2; skip < KINDS; skip++) {
                datagrams.next();
            }
            assertEquals(0x0001, stun.getShort(0), "a Binding request");
            assertEquals(0x2112A442, stun.getInt(4), "the magic cookie");
            assertEquals(stun.limit() - 20, stun.getShort(2), "the length is true");
            assertEquals(0x0006, stun.getShort(20), "USERNAME first");
            assertEquals("srv:brw", new String(stun.array(), 24, stun.getShort(22)));
            CRC32 crc = new CRC32();
            crc.update(stun.array(), 0, stun.limit() - 8);
            assertEquals((short) 0x8028, stun.getShort(stun.limit() - 8), "FINGERPRINT last");
            assertEquals((int) crc.getValue() ^ 0x5354554e, stun.getInt(stun.limit() - 4));
        }
    }

    @Test
    void lyingStunAndRtcpLengthsDoNotMatchTheDatagram() {
        HostileDatagrams datagrams = new HostileDatagrams(13, "srv:brw", 1234);
        for (int round = 0; round < 50; round++) {
            byte[][] one = new byte[KINDS][];
            for (int kind = 0; kind < KINDS; kind++) {
                one[kind] = datagrams.next();
            }
            ByteBuffer stun = ByteBuffer.wrap(one[HostileDatagrams.Kind.STUN_LYING_LENGTH.ordinal()]);
            boolean headerLies = stun.getShort(2) != stun.limit() - 20;
            boolean usernameLies = (stun.getShort(22) & 0xFFFF) > stun.limit() - 24;
            assertTrue(headerLies || usernameLies, "round " + round);
            ByteBuffer rtcp = ByteBuffer.wrap(one[HostileDatagrams.Kind.RTCP_LYING_LENGTH.ordinal()]);
            assertNotEquals(rtcp.limit(), 4 * ((rtcp.getShort(2) & 0xFFFF) + 1), "round " + round);
        }
    }
}
