package org.parley.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code parleyctl check}: the preflight. What the machine offers is checked here, so it works with Parley down
 * (before the first start, after a failed one); with Parley up the service adds the ports in force and its health.
 */
final class CheckCommand implements CtlCommand {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "preflight: CPU, memory, disk, ports, DNS, clock, certificate, each with a fix";
    }

    @Override
    public String usage() {
        return """
                Usage: parleyctl check [--json]
                Checks what Parley needs of this server, each with what to do when it is short: CPUs (2), memory
                (2 GiB), free disk for the state and log folders, the ports (HTTPS, the HTTP redirect, media UDP and
                TCP: in use by Parley when it runs, else free for it), that the host name resolves, that the clock is
                synchronised, and the certificate Parley serves (expiry, names). Works with Parley stopped; with it
                running its own health is added. Ports of a stopped Parley are read from conf.d files, else defaults.
                Exit status: 0 nothing failed (warnings allowed), 1 a check failed, 2 bad usage, 77 not root.
                """;
    }

    @Override
    public int run(List<String> arguments, Ctl ctl) throws Exception {
        Options options = Options.parse(arguments, Set.of("json"), Set.of()).atMost(0);
        JsonNode service = serviceView(ctl);
        List<CheckResult> results = checks(ctl, service);
        if (options.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("checks", results);
            json.put("service", service);
            ctl.out().println(AdminClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } else {
            for (CheckResult result : results) {
                ctl.out().printf("%-7s %-15s %s%n", result.status(), result.name(), result.detail());
                if (!result.fix().isEmpty()) {
                    ctl.out().printf("%-23s fix: %s%n", "", result.fix());
                }
            }
        }
        return results.stream().anyMatch(CheckResult::failed) ? 1 : 0;
    }

    /** The service's own answer, or null when it does not run (a refusal, e.g. not root, is not swallowed). */
    private static JsonNode serviceView(Ctl ctl) throws Exception {
        if (!ctl.client().available()) {
            return null;
        }
        try {
            return ctl.client().call("check", Map.of());
        } catch (AdminClient.ServiceUnavailable e) {
            return null;
        }
    }

    static List<CheckResult> checks(Ctl ctl, JsonNode service) {
        List<CheckResult> results = new ArrayList<>();
        boolean running = service != null;
        results.add(running ? CheckResult.ok("service", "Parley is running") : CheckResult.warn("service",
                "Parley is not running", "start it: systemctl start parley (why it stopped: journalctl -u parley)"));
        results.add(HostChecks.cpu(Runtime.getRuntime().availableProcessors()));
        results.add(HostChecks.memory(Path.of("/proc/meminfo")));
        results.add(HostChecks.disk("disk state", ctl.varLib()));
        results.add(HostChecks.disk("disk logs", ctl.log()));
        Map<String, Integer> ports = PortChecks.fromFiles(ctl.etc().resolve("conf.d"));
        if (running) {
            service.path("ports").fields().forEachRemaining(e -> ports.put(e.getKey(), e.getValue().asInt()));
        }
        ports.forEach((role, port) -> results.add(PortChecks.check(role, port, running)));
        results.add(HostChecks.dns());
        results.add(HostChecks.clock(Path.of("/run/systemd/timesync/synchronized")));
        results.add(running ? CertificateCheck.check(ports.get("https")) : CheckResult.unknown("certificate",
                "checked when Parley runs (it makes or loads the certificate at start)", ""));
        if (running) {
            results.add(health(service.path("health")));
        }
        return results;
    }

    private static CheckResult health(JsonNode health) {
        String status = health.path("status").asText("UNKNOWN");
        List<String> troubled = new ArrayList<>();
        health.path("components").fields().forEachRemaining(e -> {
            if (!"UP".equals(e.getValue().path("status").asText())) {
                troubled.add(e.getKey() + " " + e.getValue().path("status").asText() + ": "
                        + e.getValue().path("detail").asText());
            }
        });
        String detail = troubled.isEmpty() ? "every component UP" : String.join("; ", troubled);
        String fix = "'parleyctl status' and 'parleyctl logs' tell more";
        return switch (status) {
            case "UP" -> CheckResult.ok("health", detail);
            case "DOWN" -> CheckResult.fail("health", detail, fix);
            default -> CheckResult.warn("health", detail, fix);
        };
    }
}
