package org.parley.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code parleyctl status}: whether Parley runs, its version and uptime, each component's health, each bundle. */
final class StatusCommand implements CtlCommand {

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String summary() {
        return "service, health, version and bundles";
    }

    @Override
    public String usage() {
        return """
                Usage: parleyctl status [--json]
                Shows whether Parley runs, its version and uptime, the health of each component (the checks of
                /api/v1/health) and the state of each bundle. --json prints the service's answer as JSON for scripts.
                Exit status: 0 running (warnings included), 1 running but a critical component is DOWN,
                3 not running, 77 not root.
                Example: parleyctl status --json | jq .health.status
                """;
    }

    @Override
    public int run(List<String> arguments, Ctl ctl) throws Exception {
        Options options = Options.parse(arguments, Set.of("json"), Set.of()).atMost(0);
        JsonNode status = ctl.client().call("status", Map.of());
        if (options.flag("json")) {
            ctl.out().println(AdminClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(status));
        } else {
            print(status, ctl.out());
        }
        return "DOWN".equals(status.path("health").path("status").asText()) ? 1 : 0;
    }

    static void print(JsonNode status, PrintStream out) {
        out.printf("Parley %s: %s (pid %d, up %s, %s)%n", status.path("version").asText(),
                status.path("service").asText(), status.path("pid").asLong(),
                uptime(status.path("uptimeSeconds").asLong()), status.path("java").asText());
        printHealth(status.path("health"), out);
        JsonNode bundles = status.path("bundles");
        long active = 0;
        for (JsonNode bundle : bundles) {
            active += "ACTIVE".equals(bundle.path("state").asText()) ? 1 : 0;
        }
        out.printf("%nBundles: %d (%d active)%n", bundles.size(), active);
        for (JsonNode bundle : bundles) {
            out.printf("  %-52s %-24s %s%n", bundle.path("symbolicName").asText(), bundle.path("version").asText(),
                    bundle.path("state").asText());
        }
    }

    static void printHealth(JsonNode health, PrintStream out) {
        out.printf("Health: %s%n", health.path("status").asText("UNKNOWN"));
        if (health.has("detail")) {
            out.printf("  %s%n", health.path("detail").asText());
        }
        health.path("components").fields().forEachRemaining(entry -> out.printf("  %-16s %-5s %s%s%n",
                entry.getKey(), entry.getValue().path("status").asText(), entry.getValue().path("detail").asText(),
                entry.getValue().path("critical").asBoolean() ? " (critical)" : ""));
    }

    static String uptime(long seconds) {
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        if (days > 0) {
            return days + "d " + hours + "h " + minutes + "m";
        }
        return hours > 0 ? hours + "h " + minutes + "m" : minutes + "m " + seconds % 60 + "s";
    }
}
