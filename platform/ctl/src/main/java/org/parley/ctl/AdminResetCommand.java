package org.parley.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code parleyctl admin reset}: the break-glass. With Parley running the service does it live; stopped, the
 * offline {@code ResetAdmin} runs on the installation's own jars ({@link OfflineReset}).
 */
final class AdminResetCommand implements CtlCommand {

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public String summary() {
        return "admin reset: a new one-time password for 'admin' (break-glass)";
    }

    @Override
    public String usage() {
        return """
                Usage: parleyctl admin reset [--show]
                Break-glass when nobody can sign in as an admin: the local account 'admin' is re-enabled (or made
                again) with the admin role, a new one-time password, no authenticator, and its sessions and API
                tokens ended; audited as auth.break-glass. The password is written to a file readable by Parley's
                user only; this prints where. --show prints the password too (not on a shared screen).
                With Parley running the service does it at once. With Parley stopped it is done on the database
                directly (as Parley's user) and audited when Parley next starts.
                At the first sign-in with it, 'admin' chooses a new password and enrols an authenticator app.
                Exit status: 0 done, 1 failed, 2 bad usage, 69 accounts not ready, 77 not root.
                """;
    }

    @Override
    public int run(List<String> arguments, Ctl ctl) throws Exception {
        Options options = Options.parse(arguments, Set.of("show"), Set.of()).atMost(1);
        if (options.words().size() != 1 || !options.words().get(0).equals("reset")) {
            throw new UsageException("the admin command is 'parleyctl admin reset'");
        }
        Path file;
        JsonNode answer = live(ctl);
        if (answer != null) {
            file = Path.of(answer.path("passwordFile").asText());
            ctl.out().println("Parley is running: 'admin' was reset at once; its sessions and tokens have ended.");
        } else {
            ctl.out().println("Parley is not running: resetting 'admin' in the database directly.");
            int status = new OfflineReset(ctl).run();
            if (status != 0) {
                return status;
            }
            file = ctl.varLib().resolve("initial-admin-password");
        }
        ctl.out().println("The new one-time password for 'admin' is in " + file + " (sign in at /sign-in).");
        if (options.flag("show")) {
            ctl.out().println("Password: " + Files.readString(file).strip());
        }
        return 0;
    }

    /** The running service's answer, or null when none runs (a socket file left by a crash counts as none). */
    private static JsonNode live(Ctl ctl) throws Exception {
        if (!ctl.client().available()) {
            return null;
        }
        try {
            return ctl.client().call("admin.reset", Map.of());
        } catch (AdminClient.ServiceUnavailable e) {
            return null;
        }
    }
}
