package org.parley.health.internal.checks;

import java.util.Locale;
import org.parley.api.health.HealthResult;

/**
 * When free disk space is too low. Below either warning threshold (MiB or percent of the volume) the disk is WARN;
 * below either "nearly full" threshold it is DOWN (not critical: the appliance still serves, but writes will fail).
 *
 * @param warnFreeMiB WARN below this many free MiB
 * @param warnFreePercent WARN below this share of the volume free
 * @param downFreeMiB DOWN below this many free MiB
 * @param downFreePercent DOWN below this share of the volume free
 */
record DiskThresholds(long warnFreeMiB, double warnFreePercent, long downFreeMiB, double downFreePercent) {

    private static final long MIB = 1024L * 1024L;

    /** @throws IllegalArgumentException naming the attribute (of the Config of {@link DiskCheck}) that is wrong */
    DiskThresholds {
        requirePercent("warnFreePercent", warnFreePercent);
        requirePercent("downFreePercent", downFreePercent);
        if (downFreeMiB < 0) {
            throw new IllegalArgumentException("downFreeMiB must not be negative, not " + downFreeMiB);
        }
        if (warnFreeMiB < downFreeMiB) {
            throw new IllegalArgumentException("warnFreeMiB (" + warnFreeMiB
                    + ") must be at least downFreeMiB (" + downFreeMiB + ")");
        }
        if (warnFreePercent < downFreePercent) {
            throw new IllegalArgumentException("warnFreePercent (" + warnFreePercent
                    + ") must be at least downFreePercent (" + downFreePercent + ")");
        }
    }

    private static void requirePercent(String attribute, double value) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(attribute + " must be from 0 to 100, not " + value);
        }
    }

    /** The verdict for a volume of {@code totalBytes} with {@code freeBytes} usable, holding {@code where}. */
    HealthResult assess(long freeBytes, long totalBytes, String where) {
        long freeMiB = freeBytes / MIB;
        double freePercent = totalBytes > 0 ? 100.0 * freeBytes / totalBytes : 0;
        String summary = String.format(Locale.ROOT, "%d MiB free of %d MiB (%.1f %%) under %s",
                freeMiB, totalBytes / MIB, freePercent, where);
        if (freeMiB < downFreeMiB || freePercent < downFreePercent) {
            return HealthResult.down(summary + "; the disk is nearly full: free space now or writes will fail");
        }
        if (freeMiB < warnFreeMiB || freePercent < warnFreePercent) {
            return HealthResult.warn(summary + "; below the warning threshold of " + warnFreeMiB + " MiB or "
                    + warnFreePercent + " %");
        }
        return HealthResult.up(summary);
    }
}
