package org.parley.media.internal.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequenceNumbersTest {

    @Test
    void comparesAcrossTheWrap() {
        assertTrue(SequenceNumbers.isNewer(0, 65535));
        assertFalse(SequenceNumbers.isNewer(65535, 0));
        assertTrue(SequenceNumbers.isNewer(10, 5));
        assertFalse(SequenceNumbers.isNewer(5, 5));
        assertEquals(2, SequenceNumbers.delta(65535, 1));
        assertEquals(-2, SequenceNumbers.delta(1, 65535));
        assertEquals(-32768, SequenceNumbers.delta(0, 32768));
        assertEquals(1, SequenceNumbers.add(65535, 2));
    }

    @Test
    void unwrapsToAGrowingIndexWithReorderingAroundTheWrap() {
        SequenceNumberUnwrapper unwrapper = new SequenceNumberUnwrapper();
        assertEquals(-1, unwrapper.highest());
        assertEquals(65534, unwrapper.unwrap(65534));
        assertEquals(65536 + 1, unwrapper.unwrap(1));
        assertEquals(65535, unwrapper.unwrap(65535), "late packet from before the wrap");
        assertEquals(65536, unwrapper.unwrap(0));
        assertEquals(65536 + 1, unwrapper.highest());
        for (int step = 0; step < 3 * 65536; step += 1000) {
            unwrapper.unwrap(2 + step);
        }
        assertEquals(65536 + 2 + 196_000, unwrapper.highest());
    }

    @Test
    void packetBeforeTheFirstAcrossTheWrapIsNegative() {
        SequenceNumberUnwrapper unwrapper = new SequenceNumberUnwrapper();
        unwrapper.unwrap(2);
        assertEquals(-1, unwrapper.unwrap(65535));
        unwrapper.reset();
        assertEquals(65535, unwrapper.unwrap(65535));
    }
}
