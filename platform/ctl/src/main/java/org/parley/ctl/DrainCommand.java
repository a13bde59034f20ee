package org.parley.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code parleyctl drain}: refuse new joins and wait for the live meetings to end, before maintenance. */
final class DrainCommand implements CtlCommand {

    static final int EXIT_TIMEOUT = 75;
    private static final int STEP_SECONDS = 30;

    @Override
    public String name() {
        return "drain";
    }

    @Override
    public String summary() {
        return "refuse new joins and wait for meetings to end (--cancel undoes)";
    }

    @Override
    public String usage() {
        return """
                Usage: parleyctl drain [--timeout SECONDS] [--no-wait]
                       parleyctl drain --cancel | --status
                Prepares for maintenance: from now on nobody can join or start a meeting (people are told "this
                server is being drained for maintenance"); meetings under way go on. Then waits until none is live,
                printing how many are left, at most --timeout seconds (default: no limit); --no-wait returns at once.
                The drain lasts until --cancel or until Parley restarts: a restart always ends it, so stop Parley
                before it ends by itself (e.g. 'parleyctl drain --timeout 3600 && systemctl stop parley').
                Exit status: 0 no meeting live (or cancelled), 75 meetings still live at the timeout (the drain
                stays on), 2 bad usage, 3 not running, 77 not root.
                """;
    }

    @Override
    public int run(List<String> arguments, Ctl ctl) throws Exception {
        Options options = Options.parse(arguments, Set.of("cancel", "status", "no-wait"), Set.of("timeout"))
                .atMost(0);
        int timeout = options.number("timeout", Integer.MAX_VALUE, 0);
        if (options.flag("cancel") || options.flag("status")) {
            JsonNode state = call(ctl, options.flag("cancel") ? "cancel" : "status", 0);
            ctl.out().println(describe(state));
            return 0;
        }
        JsonNode state = call(ctl, "start", 0);
        ctl.out().println("Draining: new joins are refused. " + live(state));
        long deadline = System.nanoTime() + timeout * 1_000_000_000L;
        boolean bounded = timeout != Integer.MAX_VALUE;
        while (!options.flag("no-wait") && state.path("liveMeetings").asInt() > 0) {
            long left = bounded ? (deadline - System.nanoTime()) / 1_000_000_000L : STEP_SECONDS;
            if (left <= 0) {
                ctl.err().println("parleyctl drain: " + live(state) + " after " + timeout + " s; joins stay "
                        + "refused ('parleyctl drain --cancel' undoes it)");
                return EXIT_TIMEOUT;
            }
            state = call(ctl, "status", (int) Math.min(left, STEP_SECONDS));
            ctl.out().println(live(state));
        }
        return 0;
    }

    private static JsonNode call(Ctl ctl, String action, int wait) throws Exception {
        return ctl.client().call("drain", Map.of("action", action, "wait", Integer.toString(wait)));
    }

    static String describe(JsonNode state) {
        return (state.path("draining").asBoolean() ? "Draining: new joins are refused. "
                : "Not draining: meetings can be joined. ") + live(state);
    }

    static String live(JsonNode state) {
        int live = state.path("liveMeetings").asInt();
        return live == 0 ? "No meeting is live." : live + (live == 1 ? " meeting is" : " meetings are") + " live.";
    }
}
