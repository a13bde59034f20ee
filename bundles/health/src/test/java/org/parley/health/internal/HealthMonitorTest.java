package org.parley.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.api.ClientAddress;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;
import org.parley.api.health.HealthResult.Status;

class HealthMonitorTest {

    private static final Instant NOW = Instant.parse("2030-01-02T03:04:05Z");
    private static final ClientAddress LOOPBACK = caller("127.0.0.1");
    private static final ClientAddress STRANGER = caller("192.0.2.7");

    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CheckRunner runner = new CheckRunner(Duration.ofMillis(200), 4);
    private final HealthMonitor monitor = new HealthMonitor(() -> checks, runner, () -> NOW, new DetailPolicy());

    @AfterEach
    void releaseHungChecks() {
        release.countDown();
        runner.close();
    }

    @Test
    void allUpIsUpWith200() {
        checks.add(check("database", true, () -> HealthResult.up("ok")));
        checks.add(check("disk", false, () -> HealthResult.up("plenty")));

        HealthView view = monitor.view(LOOPBACK, null);

        assertEquals(200, view.httpStatus());
        HealthReport report = assertInstanceOf(HealthReport.class, view.body());
        assertEquals(Status.UP, report.status());
        assertEquals(List.of("database", "disk"), List.copyOf(report.components().keySet()));
        assertEquals(NOW, report.checkedAt());
    }

    @Test
    void criticalDownIsDownWith503() {
        checks.add(check("database", true, () -> HealthResult.down("connection refused")));
        checks.add(check("disk", false, () -> HealthResult.up("plenty")));

        HealthView view = monitor.view(LOOPBACK, null);

        assertEquals(503, view.httpStatus());
        HealthReport report = (HealthReport) view.body();
        assertEquals(Status.DOWN, report.status());
        assertEquals(new ComponentHealth(Status.DOWN, "connection refused", true),
                report.components().get("database"));
    }

    @Test
    void nonCriticalDownIsOnlyWarnWith200() {
        checks.add(check("database", true, () -> HealthResult.up("ok")));
        checks.add(check("disk", false, () -> HealthResult.down("nearly full")));

        HealthView view = monitor.view(LOOPBACK, null);

        assertEquals(200, view.httpStatus());
        assertEquals(Status.WARN, ((HealthReport) view.body()).status());
    }

    @Test
    void criticalWarnIsWarnWith200() {
        checks.add(check("http", true, () -> HealthResult.warn("certificate expires in 5 days")));

        HealthView view = monitor.view(LOOPBACK, null);

        assertEquals(200, view.httpStatus());
        assertEquals(Status.WARN, ((HealthReport) view.body()).status());
    }

    @Test
    void strangerSeesOnlyUpWhileThereAreWarnings() {
        checks.add(check("disk", false, () -> HealthResult.down("nearly full")));

        HealthView view = monitor.view(STRANGER, null);

        assertEquals(200, view.httpStatus());
        assertEquals(new HealthSummary("UP"), view.body());
    }

    @Test
    void strangerSeesDownWhenCriticalIsDown() {
        checks.add(check("database", true, () -> HealthResult.down("connection refused")));

        assertEquals(new HealthView(503, new HealthSummary("DOWN")), monitor.view(STRANGER, null));
        assertEquals(new HealthView(503, new HealthSummary("DOWN")), monitor.view(null, null));
    }

    @Test
    void throwingCheckIsDownNamingTheFailure() {
        checks.add(check("bundles", false, () -> {
            throw new IllegalStateException("framework stopping");
        }));

        HealthReport report = monitor.report();

        ComponentHealth bundles = report.components().get("bundles");
        assertEquals(Status.DOWN, bundles.status());
        assertEquals("the check failed with IllegalStateException: framework stopping", bundles.detail());
        assertEquals(Status.WARN, report.status());
    }

    @Test
    void criticalCheckThatThrowsMakesItDown() {
        checks.add(check("database", true, () -> {
            throw new IllegalStateException("pool closed");
        }));

        assertEquals(503, monitor.view(STRANGER, null).httpStatus());
    }

    @Test
    void hangingCheckIsDownAfterTheTimeLimitAndIsNotStartedTwice() {
        AtomicInteger calls = new AtomicInteger();
        checks.add(check("slow", false, () -> {
            calls.incrementAndGet();
            awaitRelease();
            return HealthResult.up("finally");
        }));
        checks.add(check("database", true, () -> HealthResult.up("ok")));

        HealthReport first = assertTimeoutPreemptively(Duration.ofSeconds(5), monitor::report);
        HealthReport second = assertTimeoutPreemptively(Duration.ofSeconds(5), monitor::report);

        ComponentHealth slow = second.components().get("slow");
        assertEquals(Status.DOWN, first.components().get("slow").status());
        assertEquals(Status.DOWN, slow.status());
        assertTrue(slow.detail().startsWith("no answer within 200 ms"), slow.detail());
        assertEquals(Status.UP, second.components().get("database").status());
        assertEquals(Status.WARN, second.status());
        assertEquals(1, calls.get(), "a hung check must hold one thread, not one per request");
    }

    @Test
    void moreChecksThanThreadsAllAnswerInEveryReport() {
        for (int i = 0; i < 9; i++) {
            String name = "check-" + i;
            checks.add(check(name, false, () -> HealthResult.up(name)));
        }
        for (int round = 0; round < 50; round++) {
            HealthReport report = monitor.report();
            report.components().forEach((name, result) -> assertEquals(name, result.detail(),
                    "every check runs, none is turned away while the 4 threads are busy"));
        }
    }

    @Test
    void checkRunsAgainOnceItHasAnswered() {
        AtomicInteger calls = new AtomicInteger();
        checks.add(check("counter", false, () -> HealthResult.up("call " + calls.incrementAndGet())));

        monitor.report();
        HealthReport second = monitor.report();

        assertEquals("call 2", second.components().get("counter").detail());
    }

    @Test
    void nullResultAndDuplicateNamesAreShown() {
        checks.add(check("store", false, () -> null));
        checks.add(check("store", false, () -> HealthResult.up("second")));

        HealthReport report = monitor.report();

        assertEquals(Status.DOWN, report.components().get("store").status());
        assertEquals("second", report.components().get("store#2").detail());
    }

    @Test
    void noChecksIsUp() {
        assertEquals(new HealthView(200, new HealthSummary("UP")), monitor.view(STRANGER, null));
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HealthCheck check(String name, boolean critical, Supplier<HealthResult> result) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean critical() {
                return critical;
            }

            @Override
            public HealthResult check() {
                return result.get();
            }
        };
    }

    private static ClientAddress caller(String address) {
        try {
            return new ClientAddress(InetAddress.getByName(address), true);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
