package org.parley.media.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.media.internal.rtp.HostileInput.hex;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeedbackTest {

    private final GenericNack nack = new GenericNack();
    private final PictureLossIndication pli = new PictureLossIndication();
    private final FullIntraRequest fir = new FullIntraRequest();
    private final ReceiverEstimatedMaximumBitrate remb = new ReceiverEstimatedMaximumBitrate();
    private final Goodbye bye = new Goodbye();

    @Test
    void nackYieldsLostSequenceNumbersAcrossTheWrap() {
        byte[] packet = hex(ChromeRtcp.NACK);
        assertEquals(RtcpRefusal.NONE, nack.wrap(packet, 0, packet.length));
        assertEquals(0xfa17fa17, nack.senderSsrc());
        assertEquals(0x5e0a2b3c, nack.mediaSsrc());
        assertEquals(2, nack.entries());
        assertEquals("[6699, 6700, 6702, 65534, 65535, 14]", Arrays.toString(lost()));
        nack.restart();
        assertEquals(0x1a2b, nack.nextLost());
    }

    @Test
    void nackWriterPacksChromeBytes() {
        byte[] written = new byte[20];
        int[] lost = {0x1a2b, 0x1a2c, 0x1a2e, 0xfffe, 0xffff, 0x000e};
        assertEquals(20, GenericNack.write(written, 0, 0xfa17fa17, 0x5e0a2b3c, lost, lost.length));
        assertArrayEquals(hex(ChromeRtcp.NACK), written);
    }

    @Test
    void nackWriteThenParseIsIdentity() {
        Random random = new Random(3);
        byte[] buffer = new byte[12 + 4 * 200];
        for (int round = 0; round < 2_000; round++) {
            int count = 1 + random.nextInt(200);
            int[] lost = new int[count];
            int sequence = random.nextInt(1 << 16);
            for (int index = 0; index < count; index++) {
                sequence = (sequence + 1 + random.nextInt(random.nextBoolean() ? 3 : 40)) & 0xffff;
                lost[index] = sequence;
            }
            int length = GenericNack.write(buffer, 0, 1, 2, lost, count);
            assertEquals(RtcpRefusal.NONE, nack.wrap(buffer, 0, length));
            assertArrayEquals(lost, lost());
        }
    }

    @Test
    void nackWithoutEntriesIsRefused() {
        byte[] packet = hex("81 cd 00 02 fa 17 fa 17 5e 0a 2b 3c");
        assertEquals(RtcpRefusal.TOO_SHORT, nack.wrap(packet, 0, packet.length));
        assertEquals(16, nack.refusedNeed());
        assertEquals(12, nack.refusedHave());
        assertThrows(IllegalArgumentException.class, () -> GenericNack.write(new byte[20], 0, 1, 2, new int[0], 0));
    }

    @Test
    void pliReadsAndWritesChromeBytes() {
        byte[] packet = hex(ChromeRtcp.PLI);
        assertEquals(RtcpRefusal.NONE, pli.wrap(packet, 0, packet.length));
        assertEquals(0x5e0a2b3c, pli.mediaSsrc());
        byte[] written = new byte[12];
        assertEquals(12, PictureLossIndication.write(written, 0, pli.senderSsrc(), pli.mediaSsrc()));
        assertArrayEquals(packet, written);
        assertEquals(RtcpRefusal.WRONG_TYPE, pli.wrap(hex(ChromeRtcp.FIR), 0, 20));
        assertEquals(PictureLossIndication.FORMAT, pli.refusedNeed());
        assertEquals(FullIntraRequest.FORMAT, pli.refusedHave());
        assertThrows(IllegalArgumentException.class, () -> PictureLossIndication.write(new byte[11], 0, 1, 2));
    }

    @Test
    void firReadsAndWritesChromeBytes() {
        byte[] packet = hex(ChromeRtcp.FIR);
        assertEquals(RtcpRefusal.NONE, fir.wrap(packet, 0, packet.length));
        assertEquals(1, fir.entries());
        assertEquals(0x5e0a2b3c, fir.entrySsrc(0));
        assertEquals(7, fir.entrySequence(0));
        byte[] written = new byte[20];
        assertEquals(20, FullIntraRequest.write(written, 0, 0xfa17fa17, new int[] {0x5e0a2b3c}, new int[] {7}, 1));
        assertArrayEquals(packet, written);
        assertEquals(RtcpRefusal.TOO_SHORT, fir.wrap(packet, 0, 16));
    }

    @Test
    void firWriteThenParseIsIdentity() {
        Random random = new Random(5);
        byte[] buffer = new byte[12 + 8 * 10];
        for (int round = 0; round < 1_000; round++) {
            int count = 1 + random.nextInt(10);
            int[] ssrcs = random.ints(count).toArray();
            int[] sequences = random.ints(count, 0, 256).toArray();
            int length = FullIntraRequest.write(buffer, 0, 9, ssrcs, sequences, count);
            assertEquals(RtcpRefusal.NONE, fir.wrap(buffer, 0, length));
            for (int index = 0; index < count; index++) {
                assertEquals(ssrcs[index], fir.entrySsrc(index));
                assertEquals(sequences[index], fir.entrySequence(index));
            }
        }
    }

    @Test
    void pliWriteThenParseIsIdentity() {
        Random random = new Random(6);
        byte[] buffer = new byte[12];
        for (int round = 0; round < 1_000; round++) {
            int sender = random.nextInt();
            int media = random.nextInt();
            assertEquals(RtcpRefusal.NONE, pli.wrap(buffer, 0, PictureLossIndication.write(buffer, 0, sender, media)));
            assertEquals(sender, pli.senderSsrc());
            assertEquals(media, pli.mediaSsrc());
        }
    }

    @Test
    void rembReadsBitrateAndSsrcs() {
        byte[] packet = hex(ChromeRtcp.REMB);
        assertEquals(RtcpRefusal.NONE, remb.wrap(packet, 0, packet.length));
        assertEquals(0x27628L << 4, remb.bitrate());
        assertEquals(1, remb.ssrcCount());
        assertEquals(0x5e0a2b3c, remb.ssrc(0));
        packet[17] = (byte) 0xff;
        assertEquals(Long.MAX_VALUE, remb.bitrate(), "exponent 63 saturates");
    }

    @Test
    void rembRefusesBadIdentifierAndCount() {
        byte[] packet = hex(ChromeRtcp.REMB);
        packet[15] = 'C';
        assertEquals(RtcpRefusal.BAD_IDENTIFIER, remb.wrap(packet, 0, packet.length));
        packet = hex(ChromeRtcp.REMB);
        packet[16] = 2;
        assertEquals(RtcpRefusal.COUNT_PAST_END, remb.wrap(packet, 0, packet.length));
        assertEquals(28, remb.refusedNeed());
    }

    @Test
    void byeReadsSourcesAndReason() {
        byte[] packet = hex(ChromeRtcp.BYE);
        assertEquals(RtcpRefusal.NONE, bye.wrap(packet, 0, packet.length));
        assertEquals(1, bye.count());
        assertEquals(0x5e0a2b3c, bye.ssrc(0));
        assertEquals("bye", new String(packet, bye.reasonOffset(), bye.reasonLength(), StandardCharsets.US_ASCII));
        byte[] noReason = hex("81 cb 00 01 5e 0a 2b 3c");
        assertEquals(RtcpRefusal.NONE, bye.wrap(noReason, 0, noReason.length));
        assertEquals(-1, bye.reasonOffset());
    }

    @Test
    void byeRefusesLyingCountAndReason() {
        byte[] packet = hex("83 cb 00 02 5e 0a 2b 3c 03 62 79 65");
        assertEquals(RtcpRefusal.COUNT_PAST_END, bye.wrap(packet, 0, packet.length));
        packet = hex("81 cb 00 02 5e 0a 2b 3c 09 62 79 65");
        assertEquals(RtcpRefusal.ITEM_PAST_END, bye.wrap(packet, 0, packet.length));
        assertEquals(18, bye.refusedNeed());
        assertEquals(12, bye.refusedHave());
    }

    @Test
    void sdesSkipsUnreadItemsAndStopsAtLyingLengths() {
        SourceDescription sdes = new SourceDescription();
        byte[] packet = hex("82 ca 00 06 00 00 00 01 01 02 61 62 06 01 7a 00 00 00 00 02 01 03 78 79 7a 00 00 00");
        assertEquals(RtcpRefusal.NONE, sdes.wrap(packet, 0, packet.length));
        assertTrue(sdes.nextChunk());
        assertEquals(1, sdes.chunkSsrc());
        assertTrue(sdes.nextChunk(), "the unread items of the first chunk are skipped");
        assertEquals(2, sdes.chunkSsrc());
        assertTrue(sdes.nextItem());
        assertEquals(3, sdes.itemLength());
        assertFalse(sdes.nextChunk());
        assertFalse(sdes.truncated());
        byte[] lying = hex("81 ca 00 02 00 00 00 01 01 09 61 62");
        assertEquals(RtcpRefusal.NONE, sdes.wrap(lying, 0, lying.length));
        assertTrue(sdes.nextChunk());
        assertFalse(sdes.nextItem());
        assertTrue(sdes.truncated());
        assertFalse(sdes.nextChunk());
    }

    private int[] lost() {
        int[] numbers = new int[nack.entries() * 17];
        int count = 0;
        nack.restart();
        for (int number = nack.nextLost(); number >= 0; number = nack.nextLost()) {
            numbers[count++] = number;
        }
        return Arrays.copyOf(numbers, count);
    }
}
