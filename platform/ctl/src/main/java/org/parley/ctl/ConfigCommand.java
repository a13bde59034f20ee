package org.parley.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code parleyctl config get|set}: the settings through the running service's validated path (the same as
 * {@code /api/v1/settings}): nothing is written unless every value is valid.
 */
final class ConfigCommand implements CtlCommand {

    @Override
    public String name() {
        return "config";
    }

    @Override
    public String summary() {
        return "read or change settings (validated, audited)";
    }

    @Override
    public String usage() {
        return """
                Usage: parleyctl config get [--json] [PID [ATTRIBUTE]]
                       parleyctl config set PID ATTRIBUTE=VALUE [ATTRIBUTE=VALUE ...]
                get without a PID lists every PID; with one, its attributes and values (a password shows as
                ******** when set, never its value). set changes the attributes together, through the same checks as
                the console and /api/v1/settings: an unknown PID or attribute, or a value that does not fit, changes
                nothing. A list is written [a, b]. A PID set by a file under /etc/parley/conf.d is changed there.
                Exit status: 0 done, 1 failed, 2 refused (the message says why), 3 not running, 77 not root.
                Example: parleyctl config set org.parley.auth.Sessions idleMinutes=30
                """;
    }

    @Override
    public int run(List<String> arguments, Ctl ctl) throws Exception {
        Options options = Options.parse(arguments, Set.of("json"), Set.of());
        List<String> words = options.words();
        if (words.isEmpty() || !List.of("get", "set").contains(words.get(0))) {
            throw new UsageException("say get or set");
        }
        return words.get(0).equals("get") ? get(words.subList(1, words.size()), options.flag("json"), ctl)
                : set(words.subList(1, words.size()), ctl);
    }

    private static int get(List<String> words, boolean json, Ctl ctl) throws Exception {
        if (words.size() > 2) {
            throw new UsageException("get takes at most PID and ATTRIBUTE");
        }
        Map<String, String> request = new LinkedHashMap<>();
        if (!words.isEmpty()) {
            request.put("pid", words.get(0));
        }
        if (words.size() == 2) {
            request.put("attribute", words.get(1));
        }
        JsonNode answer = ctl.client().call("config.get", request);
        if (json) {
            ctl.out().println(AdminClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
        } else if (words.size() == 2) {
            ctl.out().println(value(answer.path("value")));
        } else if (words.size() == 1) {
            printPid(answer, ctl.out());
        } else {
            answer.forEach(pid -> ctl.out().printf("%-44s %-8s %s%n", pid.path("pid").asText(),
                    pid.path("source").asText(), pid.path("name").asText()));
        }
        return 0;
    }

    private static int set(List<String> words, Ctl ctl) throws Exception {
        if (words.size() < 2) {
            throw new UsageException("set takes a PID and at least one ATTRIBUTE=VALUE");
        }
        Map<String, String> request = new LinkedHashMap<>();
        request.put("pid", words.get(0));
        for (String assignment : words.subList(1, words.size())) {
            int equals = assignment.indexOf('=');
            if (equals < 1) {
                throw new UsageException("'" + assignment + "' is not ATTRIBUTE=VALUE");
            }
            request.put("value." + assignment.substring(0, equals), assignment.substring(equals + 1));
        }
        JsonNode answer = ctl.client().call("config.set", request);
        ctl.out().println("Saved " + words.get(0) + ":");
        printPid(answer, ctl.out());
        return 0;
    }

    static void printPid(JsonNode pid, PrintStream out) {
        out.printf("%s (%s, %s)%s%n", pid.path("pid").asText(), pid.path("name").asText(),
                pid.path("source").asText(), pid.path("readOnly").asBoolean()
                        ? " read-only: set by " + pid.path("managedBy").asText() : "");
        for (JsonNode attribute : pid.path("attributes")) {
            out.printf("  %-28s = %-30s %s%n", attribute.path("id").asText(), value(attribute.path("value")),
                    attribute.path("source").asText());
        }
        pid.path("problems").forEach(problem -> out.println("  problem: " + problem.asText()));
    }

    static String value(JsonNode value) {
        if (value.isArray()) {
            StringBuilder text = new StringBuilder("[");
            value.forEach(item -> text.append(text.length() > 1 ? ", " : "").append(item.asText()));
            return text.append(']').toString();
        }
        return value.isNull() || value.isMissingNode() ? "" : value.asText();
    }
}
