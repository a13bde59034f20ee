package org.parley.system.internal.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostFiguresTest {

    @Test
    void meminfoLinesAreReadAsBytesAndMissingOnesAreMinusOne() {
        List<String> meminfo = List.of("MemTotal:       16318256 kB", "MemFree:  1000 kB", "MemAvailable: 8 kB");
        assertEquals(16_318_256L * 1024, HostFigures.kilobytes(meminfo, "MemTotal:"));
        assertEquals(8 * 1024, HostFigures.kilobytes(meminfo, "MemAvailable:"));
        assertEquals(-1, HostFigures.kilobytes(meminfo, "SwapTotal:"));
        assertEquals(-1, HostFigures.kilobytes(List.of("MemTotal: lots"), "MemTotal:"));
    }

    @Test
    void theDiskIsTheOneHoldingTheStateFolder(@TempDir Path state) {
        HostFigures figures = HostFigures.now(state);
        assertTrue(figures.diskTotalBytes() > 0 && figures.diskUsableBytes() <= figures.diskTotalBytes(),
                figures.toString());
        assertTrue(figures.heapUsedBytes() > 0 && figures.processors() > 0, figures.toString());
    }
}
