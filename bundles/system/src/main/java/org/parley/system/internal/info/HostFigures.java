package org.parley.system.internal.info;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the machine has left, read at each request for the console's dashboard: CPU load, memory and the disk that
 * holds the appliance's state. Only standard Java and Linux's {@code /proc/meminfo} (no {@code com.sun.management},
 * which the framework does not export); a figure that cannot be read is -1.
 *
 * @param processors CPUs the JVM may use
 * @param loadAverage the one-minute load average (-1 where the system has none)
 * @param heapUsedBytes the JVM heap in use
 * @param heapMaxBytes the most heap the JVM may take
 * @param memoryTotalBytes the machine's memory ({@code MemTotal})
 * @param memoryAvailableBytes memory available to programs without swapping ({@code MemAvailable})
 * @param diskTotalBytes size of the file system under {@code parley.var.lib} (database, audit, recordings)
 * @param diskUsableBytes what this process may still write there
 */
public record HostFigures(int processors, double loadAverage, long heapUsedBytes, long heapMaxBytes,
        long memoryTotalBytes, long memoryAvailableBytes, long diskTotalBytes, long diskUsableBytes) {

    private static final Path MEMINFO = Path.of("/proc/meminfo");

    /** The figures now, the disk measured at {@code stateRoot} (null: the working folder). */
    static HostFigures now(Path stateRoot) {
        Runtime runtime = Runtime.getRuntime();
        List<String> meminfo = meminfo();
        Path disk = stateRoot == null ? Path.of(".") : stateRoot;
        return new HostFigures(runtime.availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                runtime.totalMemory() - runtime.freeMemory(), runtime.maxMemory(),
                kilobytes(meminfo, "MemTotal:"), kilobytes(meminfo, "MemAvailable:"),
                disk.toFile().getTotalSpace(), disk.toFile().getUsableSpace());
    }

    private static List<String> meminfo() {
        try {
            return Files.readAllLines(MEMINFO);
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }

    /** A {@code /proc/meminfo} line such as {@code MemTotal:  16318256 kB}, in bytes; -1 when absent. */
    static long kilobytes(List<String> meminfo, String key) {
        for (String line : meminfo) {
            if (line.startsWith(key)) {
                String[] parts = line.substring(key.length()).trim().split("\\s+");
                try {
                    return Long.parseLong(parts[0]) * 1024;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
