package org.parley.health.internal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.health.HealthResult;
import org.parley.api.health.HealthResult.Status;

class ClockSyncCheckTest {

    @TempDir
    Path run;

    private final AtomicReference<String> answer = new AtomicReference<>("no");
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();

    private ClockSyncCheck check(Path marker) {
        return new ClockSyncCheck(marker, () -> {
            asked.incrementAndGet();
            String value = answer.get();
            if (value == null) {
                throw new IllegalStateException("System has not been booted with systemd");
            }
            return value;
        }, nanos::get);
    }

    @Test
    void theTimesyncdMarkerMeansInSync() throws Exception {
        Path marker = Files.createFile(run.resolve("synchronized"));
        HealthResult result = check(marker).check();
        assertEquals(Status.UP, result.status());
        assertTrue(result.detail().contains("systemd-timesyncd"), result.detail());
        assertEquals(0, asked.get(), "no need to ask timedatectl");
    }

    @Test
    void timedatectlNoIsAWarningNeverDown() {
        ClockSyncCheck check = check(run.resolve("absent"));
        HealthResult result = check.check();
        assertEquals(Status.WARN, result.status());
        assertTrue(result.detail().contains("not synchronised by NTP"), result.detail());
        assertEquals("clock", check.name());
        assertFalse(check.critical());
    }

    @Test
    void aMachineThatCannotTellIsUpWithUnknown() {
        answer.set(null);
        HealthResult result = check(run.resolve("absent")).check();
        assertEquals(Status.UP, result.status());
        assertTrue(result.detail().startsWith("unknown: "), result.detail());
        answer.set("maybe");
        nanos.addAndGet(ClockSyncCheck.REASK_NANOS);
        assertTrue(check(run.resolve("absent")).check().detail().startsWith("unknown: "));
    }

    @Test
    void timedatectlIsAskedAtMostOnceAMinute() {
        ClockSyncCheck check = check(run.resolve("absent"));
        check.check();
        answer.set("yes");
        assertEquals(Status.WARN, check.check().status(), "the cached answer");
        nanos.addAndGet(ClockSyncCheck.REASK_NANOS);
        assertEquals(Status.UP, check.check().status());
        assertEquals(2, asked.get());
    }

    @Test
    void theRealCommandAnswersOrSaysWhyNot() {
        HealthResult result = new ClockSyncCheck().check();
        assertTrue(result.status() != Status.DOWN, result.detail());
    }
}
