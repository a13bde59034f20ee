package org.parley.health.internal.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;

/**
 * Health component {@code clock}: whether NTP keeps the system clock in sync (TOTP codes, certificate validity,
 * SAML assertions and audit times depend on it). Never critical. systemd-timesyncd's marker file says yes; otherwise
 * {@code timedatectl} (the kernel's view, so chrony and ntpd count too). A machine that cannot tell (no systemd,
 * a container) is UP with detail "unknown": it must never look broken for lack of a way to ask.
 */
@Component(service = HealthCheck.class)
public class ClockSyncCheck implements HealthCheck {

    static final Path TIMESYNCD_MARKER = Path.of("/run/systemd/timesync/synchronized");
    /** The health endpoint is public: ask timedatectl at most once a minute, not on every request. */
    static final long REASK_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Path marker;
    private final Supplier<String> timedatectl;
    private final LongSupplier nanoTime;
    private HealthResult cached;
    private long cachedAt;

    @Activate
    public ClockSyncCheck() {
        this(TIMESYNCD_MARKER, ClockSyncCheck::askTimedatectl, System::nanoTime);
    }

    ClockSyncCheck(Path marker, Supplier<String> timedatectl, LongSupplier nanoTime) {
        this.marker = marker;
        this.timedatectl = timedatectl;
        this.nanoTime = nanoTime;
    }

    @Override
    public String name() {
        return "clock";
    }

    @Override
    public synchronized HealthResult check() {
        long now = nanoTime.getAsLong();
        if (cached == null || now - cachedAt >= REASK_NANOS) {
            cached = assess();
            cachedAt = now;
        }
        return cached;
    }

    private HealthResult assess() {
        if (Files.exists(marker)) {
            return HealthResult.up("synchronised by NTP (systemd-timesyncd)");
        }
        String answer;
        try {
            answer = timedatectl.get();
        } catch (RuntimeException e) {
            return HealthResult.up("unknown: cannot tell whether NTP keeps the clock in sync (" + e.getMessage() + ")");
        }
        return switch (answer) {
            case "yes" -> HealthResult.up("synchronised by NTP (timedatectl)");
            case "no" -> HealthResult.warn("the system clock is not synchronised by NTP (timedatectl "
                    + "NTPSynchronized=no): sign-in codes, certificates and audit times depend on it; enable "
                    + "systemd-timesyncd or chronyd with a reachable time server");
            default -> HealthResult.up("unknown: timedatectl answered '" + answer + "'");
        };
    }

    /** {@code timedatectl show -p NTPSynchronized --value}, trimmed; throws saying why when it cannot be asked. */
    static String askTimedatectl() {
        try {
            Process process = new ProcessBuilder("timedatectl", "show", "-p", "NTPSynchronized", "--value")
                    .redirectErrorStream(true).start();
            try (InputStream out = process.getInputStream()) {
                if (!process.waitFor(1, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("timedatectl did not answer within 1 s");
                }
                String text = new String(out.readNBytes(200), StandardCharsets.UTF_8).trim();
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("timedatectl: " + text.lines().findFirst().orElse("exit "
                            + process.exitValue()));
                }
                return text;
            }
        } catch (IOException e) {
            throw new IllegalStateException("timedatectl is not available", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking timedatectl", e);
        }
    }
}
