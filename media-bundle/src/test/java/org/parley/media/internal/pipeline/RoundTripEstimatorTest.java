package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoundTripEstimatorTest {
    private static final long MS = 1_000_000L;
    private final RoundTripEstimator estimator = new RoundTripEstimator();

    @Test
    void roundTripIsArrivalMinusSendMinusTheReceiversDelay() {
        estimator.senderReportSent(0x1234_5678L, 1_000 * MS);
        estimator.senderReportSent(0x1234_9999L, 1_500 * MS);
        // the browser held the first SR for 250 ms (DLSR 0.25 * 65536) and its report arrived 290 ms after the SR
        assertEquals(40 * MS, estimator.onReportBlock(0x1234_5678L, 16_384, 1_290 * MS));
        assertEquals(40 * MS, estimator.smoothedNanos());
        assertEquals(80 * MS, estimator.onReportBlock(0x1234_9999L, 0, 1_580 * MS));
        assertEquals(80 * MS, estimator.latestNanos());
        assertEquals(45 * MS, estimator.smoothedNanos(), "40 + (80 - 40) / 8");
    }

    @Test
    void ignoresReportsOfNoRememberedSenderReport() {
        assertEquals(-1, estimator.onReportBlock(0, 0, 5 * MS), "LSR 0: the browser has no SR yet");
        estimator.senderReportSent(77, 0);
        assertEquals(-1, estimator.onReportBlock(78, 0, 5 * MS));
        assertEquals(-1, estimator.onReportBlock(77, 65_536, 5 * MS), "a second's delay in 5 ms is bogus");
        assertEquals(-1, estimator.smoothedNanos());
        assertEquals(0, estimator.onReportBlock(77, 328, 5 * MS), "rounding of DLSR's 15 µs unit clamps to 0");
    }

    @Test
    void remembersTheLastThirtyTwoReports() {
        for (int i = 1; i <= 40; i++) {
            estimator.senderReportSent(i, i * 100 * MS);
        }
        assertEquals(-1, estimator.onReportBlock(8, 0, 4_000 * MS));
        assertEquals(10 * MS, estimator.onReportBlock(9, 0, 910 * MS));
        assertEquals(10 * MS, estimator.onReportBlock(40, 0, 4_010 * MS));
    }

    @Test
    void convertsDelaySinceLastReportFromSixtyFiveThousandthsOfASecond() {
        assertEquals(1_000_000_000L, RoundTripEstimator.dlsrNanos(65_536));
        assertEquals(15_258L, RoundTripEstimator.dlsrNanos(1));
        assertEquals(65_535_999_984_741L, RoundTripEstimator.dlsrNanos(0xFFFF_FFFFL));
    }
}
