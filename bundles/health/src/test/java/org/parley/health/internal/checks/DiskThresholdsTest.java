package org.parley.health.internal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.api.health.HealthResult;
import org.parley.api.health.HealthResult.Status;

class DiskThresholdsTest {

    private static final long MIB = 1024L * 1024L;
    private static final long GIB = 1024L * MIB;
    private final DiskThresholds thresholds = new DiskThresholds(2048, 10, 256, 2);

    @Test
    void plentyOfSpaceIsUpAndSaysHowMuch() {
        HealthResult result = thresholds.assess(50 * GIB, 100 * GIB, "/var/lib/parley");

        assertEquals(Status.UP, result.status());
        assertEquals("51200 MiB free of 102400 MiB (50.0 %) under /var/lib/parley", result.detail());
    }

    @Test
    void fewMebibytesFreeOnASmallDiskWarns() {
        assertEquals(Status.WARN, thresholds.assess(1024 * MIB, 8 * GIB, "/v").status());
    }

    @Test
    void lowPercentOnABigDiskWarns() {
        HealthResult result = thresholds.assess(50 * GIB, 1000 * GIB, "/v");

        assertEquals(Status.WARN, result.status());
        assertTrue(result.detail().contains("below the warning threshold"), result.detail());
    }

    @Test
    void nearlyFullByMebibytesIsDown() {
        HealthResult result = thresholds.assess(100 * MIB, 2 * GIB, "/v");

        assertEquals(Status.DOWN, result.status());
        assertTrue(result.detail().contains("nearly full"), result.detail());
    }

    @Test
    void nearlyFullByPercentIsDown() {
        assertEquals(Status.DOWN, thresholds.assess(15 * GIB, 1000 * GIB, "/v").status());
    }

    @Test
    void exactlyAtTheThresholdIsNotBelowIt() {
        DiskThresholds mibOnly = new DiskThresholds(2048, 0, 256, 0);

        assertEquals(Status.UP, mibOnly.assess(2048 * MIB, 100 * GIB, "/v").status());
        assertEquals(Status.WARN, mibOnly.assess(2047 * MIB, 100 * GIB, "/v").status());
        assertEquals(Status.WARN, mibOnly.assess(256 * MIB, 100 * GIB, "/v").status());
        assertEquals(Status.DOWN, mibOnly.assess(255 * MIB, 100 * GIB, "/v").status());
    }

    @Test
    void anEmptyVolumeReportIsDown() {
        assertEquals(Status.DOWN, thresholds.assess(0, 0, "/v").status());
    }

    @Test
    void refusesThresholdsThatContradictEachOther() {
        assertMessage("warnFreeMiB (100) must be at least downFreeMiB (256)", () -> new DiskThresholds(100, 10, 256, 2));
        assertMessage("warnFreePercent (1.0) must be at least downFreePercent (2.0)",
                () -> new DiskThresholds(2048, 1, 256, 2));
        assertMessage("warnFreePercent must be from 0 to 100, not 150.0", () -> new DiskThresholds(2048, 150, 256, 2));
        assertMessage("downFreePercent must be from 0 to 100, not NaN",
                () -> new DiskThresholds(2048, 10, 256, Double.NaN));
        assertMessage("downFreeMiB must not be negative, not -1", () -> new DiskThresholds(2048, 10, -1, 2));
    }

    private static void assertMessage(String expected, Runnable construct) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, construct::run).getMessage());
    }
}
