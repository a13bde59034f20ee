package org.parley.ctl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The checks of the machine itself: CPU, memory, disk, DNS, clock. None needs Parley to run. */
final class HostChecks {

    static final int MIN_CPUS = 2;
    static final long MIN_MEMORY_MIB = 2048;
    static final long WARN_FREE_MIB = 2048;
    static final long FAIL_FREE_MIB = 256;

    private HostChecks() {
    }

    static CheckResult cpu(int cpus) {
        return cpus >= MIN_CPUS ? CheckResult.ok("cpu", cpus + " CPUs")
                : CheckResult.fail("cpu", cpus + " CPU", "give the server at least " + MIN_CPUS + " CPUs (media "
                        + "forwarding and TLS need one each under load)");
    }

    /** From {@code /proc/meminfo}'s MemTotal (kB). */
    static CheckResult memory(Path meminfo) {
        try {
            long kib = Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
            if (kib < 0) {
                return CheckResult.unknown("memory", "no MemTotal in " + meminfo, "");
            }
            long mib = kib / 1024;
            return mib >= MIN_MEMORY_MIB ? CheckResult.ok("memory", mib + " MiB")
                    : CheckResult.fail("memory", mib + " MiB", "give the server at least " + MIN_MEMORY_MIB
                            + " MiB (Parley's heap is PARLEY_HEAP in /etc/default/parley)");
        } catch (IOException | NumberFormatException e) {
            return CheckResult.unknown("memory", "cannot read " + meminfo + ": " + e.getMessage(), "");
        }
    }

    static CheckResult disk(String name, Path folder) {
        try {
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            long mib = Files.getFileStore(existing == null ? Path.of("/") : existing).getUsableSpace() >> 20;
            String detail = mib + " MiB free for " + folder;
            if (mib < FAIL_FREE_MIB) {
                return CheckResult.fail(name, detail, "free space on that volume (old logs: journalctl "
                        + "--vacuum-size=500M; rotated parley.*.log.gz) or grow it");
            }
            return mib < WARN_FREE_MIB ? CheckResult.warn(name, detail, "free space on that volume or grow it; "
                    + "Parley's database, audit trail and logs grow there") : CheckResult.ok(name, detail);
        } catch (IOException e) {
            return CheckResult.unknown(name, "cannot read the free space of " + folder + ": " + e.getMessage(), "");
        }
    }

    static CheckResult dns() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return CheckResult.fail("dns", "this machine's name does not resolve: " + e.getMessage(),
                    "add the host name to DNS or /etc/hosts ('hostnamectl' shows it)");
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            return CheckResult.ok("dns", host + " resolves to " + String.join(", ", Arrays.stream(addresses)
                    .map(InetAddress::getHostAddress).toList()));
        } catch (UnknownHostException e) {
            return CheckResult.fail("dns", host + " does not resolve", "add " + host + " to DNS or /etc/hosts");
        }
    }

    /** {@code timedatectl}'s NTPSynchronized, else systemd-timesyncd's flag file, else "unknown". */
    static CheckResult clock(Path timesyncFlag) {
        String answer = timedatectl();
        if (answer == null && Files.exists(timesyncFlag)) {
            answer = "yes";
        }
        String fix = "turn on time synchronisation: 'timedatectl set-ntp true' (or chrony); sign-in codes (TOTP) "
                + "and certificates need the right time";
        if (answer == null) {
            return CheckResult.unknown("clock", "cannot tell whether the clock is synchronised (no timedatectl "
                    + "answer, no " + timesyncFlag + ")", fix);
        }
        return answer.equals("yes") ? CheckResult.ok("clock", "synchronised (NTP)")
                : CheckResult.fail("clock", "not synchronised", fix);
    }

    private static String timedatectl() {
        try {
            Process process = new ProcessBuilder(List.of("timedatectl", "show", "-p", "NTPSynchronized", "--value"))
                    .redirectErrorStream(true).start();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            String out = new String(process.getInputStream().readAllBytes()).strip();
            return process.exitValue() == 0 && (out.equals("yes") || out.equals("no")) ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
