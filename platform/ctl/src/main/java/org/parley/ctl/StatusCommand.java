package org.parley.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** {@code parleyctl status}: the running service's answer to the {@code status} admin command, as JSON. */
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
                Shows whether Parley runs, its version, the health of each component and the state of each bundle.
                Exit status: 0 running and healthy, 1 running but a component is unhealthy, 3 not running.
                """;
    }

    @Override
    public int run(List<String> arguments, Ctl ctl) throws Exception {
        JsonNode status = ctl.client().call("status", Map.of());
        ctl.out().println(AdminClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(status));
        return 0;
    }
}
