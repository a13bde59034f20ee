package org.parley.media.internal.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.dtls.DtlsRecordCheck.Problem;

class DtlsRecordCheckTest {
    /** A DTLS 1.0 ClientHello record header (as browsers send it) with a 3-byte fragment. */
    private static final byte[] RECORD = HexFormat.of().parseHex("16feff00000000000000000003010203");
    /** ChangeCipherSpec (DTLS 1.2, epoch 0) and an encrypted Finished (epoch 1) in one datagram. */
    private static final byte[] TWO_RECORDS = HexFormat.of().parseHex(
            "14fefd0000000000000005000101" + "16fefd000100000000000000020a0b");

    private static Problem check(byte[] datagram) {
        return DtlsRecordCheck.check(datagram, 0, datagram.length);
    }

    private static byte[] with(byte[] datagram, int index, int value) {
        byte[] copy = datagram.clone();
        copy[index] = (byte) value;
        return copy;
    }

    @Test
    void acceptsWholeRecords() {
        assertEquals(Problem.NONE, check(RECORD));
        assertEquals(Problem.NONE, check(TWO_RECORDS));
        byte[] inside = new byte[RECORD.length + 10];
        System.arraycopy(RECORD, 0, inside, 5, RECORD.length);
        assertEquals(Problem.NONE, DtlsRecordCheck.check(inside, 5, RECORD.length));
    }

    @Test
    void refusesEachBrokenField() {
        assertEquals(Problem.TOO_SHORT, check(Arrays.copyOf(RECORD, 12)));
        assertEquals(Problem.TOO_SHORT, check(new byte[0]));
        assertEquals(Problem.BAD_CONTENT_TYPE, check(with(RECORD, 0, 25)));
        assertEquals(Problem.BAD_CONTENT_TYPE, check(with(RECORD, 0, 19)));
        assertEquals(Problem.BAD_CONTENT_TYPE, check(with(RECORD, 0, 0x2F))); // a DTLS 1.3 unified header
        assertEquals(Problem.BAD_VERSION, check(with(RECORD, 1, 3)));
        assertEquals(Problem.BAD_VERSION, check(with(RECORD, 2, 0xFC))); // DTLS 1.3's legacy value is not used
        assertEquals(Problem.LENGTH_PAST_END, check(Arrays.copyOf(RECORD, RECORD.length - 1)));
        assertEquals(Problem.FRAGMENT_TOO_LONG, check(with(with(RECORD, 11, 0x48), 12, 0x01)));
        assertEquals(Problem.TOO_SHORT, check(Arrays.copyOf(TWO_RECORDS, TWO_RECORDS.length + 1)));
        assertEquals(Problem.LENGTH_PAST_END, check(Arrays.copyOf(TWO_RECORDS, TWO_RECORDS.length - 1)));
    }

    @Test
    void randomBytesNeverThrowNorReadOutsideTheView() {
        Random random = new Random(6347);
        for (int i = 0; i < 20_000; i++) {
            byte[] datagram = new byte[random.nextInt(64)];
            random.nextBytes(datagram);
            if (datagram.length > 2 && random.nextBoolean()) {
                datagram[0] = 22;
                datagram[1] = (byte) 254;
                datagram[2] = (byte) 253;
            }
            // The view ends the array: a read past it would throw.
            Problem alone = check(datagram);
            byte[] padded = Arrays.copyOf(datagram, datagram.length + 40);
            Arrays.fill(padded, datagram.length, padded.length, (byte) 0x7F);
            assertEquals(alone, DtlsRecordCheck.check(padded, 0, datagram.length));
        }
    }
}
