package org.parley.health.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;

/**
 * Runs every current health check in parallel and turns the results into the view one caller gets. Thread-safe:
 * concurrent requests share the runs of checks still in flight.
 */
final class HealthMonitor {

    private final Supplier<Collection<HealthCheck>> checks;
    private final CheckRunner runner;
    private final Supplier<Instant> clock;
    private final DetailPolicy policy;

    HealthMonitor(Supplier<Collection<HealthCheck>> checks, CheckRunner runner, Supplier<Instant> clock,
            DetailPolicy policy) {
        this.checks = checks;
        this.runner = runner;
        this.clock = clock;
        this.policy = policy;
    }

    /** The answer for {@code caller} (null when unknown): the status code, and a summary or the full report. */
    HealthView view(ClientAddress caller, Caller signedIn) {
        HealthReport report = report();
        Object body = policy.maySeeDetails(caller, signedIn) ? report : report.summary();
        return new HealthView(report.httpStatus(), body);
    }

    /** Runs every check (all at once, so the slowest one bounds the wait) and aggregates the results. */
    HealthReport report() {
        Instant checkedAt = clock.get();
        Map<HealthCheck, CheckRunner.Run> started = new LinkedHashMap<>();
        for (HealthCheck check : List.copyOf(checks.get())) {
            started.put(check, runner.start(check));
        }
        Map<String, ComponentHealth> components = new HashMap<>();
        started.forEach((check, run) -> {
            HealthResult result = runner.await(run);
            components.put(uniqueName(components, nameOf(check)),
                    new ComponentHealth(result.status(), result.detail(), isCritical(check)));
        });
        return HealthReport.of(components, checkedAt);
    }

    /** Two checks with one name both show: the second as {@code name#2}. */
    private static String uniqueName(Map<String, ComponentHealth> taken, String name) {
        String candidate = name;
        for (int n = 2; taken.containsKey(candidate); n++) {
            candidate = name + "#" + n;
        }
        return candidate;
    }

    private static String nameOf(HealthCheck check) {
        try {
            String name = check.name();
            return name == null || name.isBlank() ? check.getClass().getName() : name;
        } catch (RuntimeException e) {
            return check.getClass().getName();
        }
    }

    /** A check that cannot say whether it is critical is not: only database and HTTP may turn the answer 503. */
    private static boolean isCritical(HealthCheck check) {
        try {
            return check.critical();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
