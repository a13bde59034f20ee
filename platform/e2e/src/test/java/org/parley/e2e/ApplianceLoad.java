package org.parley.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Figures about the appliance's JVM for a test's closing note, never asserted (STYLE.md rule 21): CPU from
 * {@code /proc/<pid>/stat} over a window of time, and the heap in use as {@code /metrics} reports it after a full
 * collection ({@code jcmd <pid> GC.run}, so garbage does not count).
 */
final class ApplianceLoad {

    private static final Pattern HEAP = Pattern.compile("jvm_memory_used_bytes\\{.*area=\"heap\".*}");
    /** {@code utime} and {@code stime}, fields 14 and 15 of {@code stat}: 11 and 12 after the ")" ending comm. */
    private static final int UTIME_AFTER_COMM = 11;
    private static final int STIME_AFTER_COMM = 12;

    private ApplianceLoad() {
    }

    /** The JVM's CPU over this window as a percentage of one core (200 = both cores of the CI machine busy). */
    static double cpuPercent(Appliance parley, Duration window) {
        long before = cpuTicks(parley.pid());
        long start = System.nanoTime();
        Appliance.pause(window.toMillis()); // a measuring window, not a wait for something to happen
        long after = cpuTicks(parley.pid());
        double seconds = (System.nanoTime() - start) / 1e9;
        return 100.0 * (after - before) / clockTicksPerSecond() / seconds;
    }

    /** Bytes of heap in use after a full collection (after whatever collection the JVM did, if jcmd fails). */
    static long heapAfterCollection(Appliance parley) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(parley.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!gc.waitFor(30, TimeUnit.SECONDS)) {
                gc.destroyForcibly();
            }
        } catch (IOException e) {
            System.err.println("no jcmd GC.run: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return (long) Metrics.sum(parley, HEAP);
    }

    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[UTIME_AFTER_COMM]) + Long.parseLong(fields[STIME_AFTER_COMM]);
        } catch (IOException e) {
            throw new AssertionError("cannot read the CPU time of process " + pid, e);
        }
    }

    /** USER_HZ ({@code getconf CLK_TCK}), 100 on every Linux this runs on if getconf is missing. */
    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String answer = new String(getconf.getInputStream().readAllBytes()).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(answer) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
