package org.parley.ctl;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code parleyctl COMMAND [ARGUMENTS]}: finds the command, answers {@code --help} at every level, and ends with the
 * command's exit status. Problems are printed as one paragraph naming the cause and the fix, never a stack trace.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), Ctl.fromEnvironment(System.getenv(), home(), System.out, System.err)));
    }

    static int run(List<String> args, Ctl ctl) {
        if (args.isEmpty() || isHelp(args.get(0))) {
            ctl.out().print(overview());
            return args.isEmpty() ? 2 : 0;
        }
        Optional<CtlCommand> command = Commands.all().stream().filter(c -> c.name().equals(args.get(0))).findFirst();
        if (command.isEmpty()) {
            ctl.err().println("parleyctl: unknown command '" + args.get(0) + "'; 'parleyctl --help' lists them");
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.stream().anyMatch(Main::isHelp)) {
            ctl.out().print(command.get().usage());
            return 0;
        }
        try {
            return command.get().run(rest, ctl);
        } catch (AdminClient.ServiceUnavailable e) {
            ctl.err().println("parleyctl " + command.get().name() + ": " + e.getMessage());
            return 3;
        } catch (AdminClient.CommandFailed e) {
            ctl.err().println("parleyctl " + command.get().name() + ": " + e.getMessage());
            return e.exitStatus();
        } catch (UsageException e) {
            ctl.err().println("parleyctl " + command.get().name() + ": " + e.getMessage()
                    + "; 'parleyctl " + command.get().name() + " --help' shows the usage");
            return 2;
        } catch (Exception e) {
            ctl.err().println("parleyctl " + command.get().name() + ": " + e);
            return 1;
        }
    }

    static boolean isHelp(String argument) {
        return argument.equals("--help") || argument.equals("-h") || argument.equals("help");
    }

    private static String overview() {
        StringBuilder text = new StringBuilder("""
                Usage: parleyctl COMMAND [ARGUMENTS]      (as root)
                Manages the Parley service on this server through its local admin socket; every call is audited.

                Commands:
                """);
        for (CtlCommand command : Commands.all()) {
            text.append(String.format("  %-10s %s%n", command.name(), command.summary()));
        }
        return text.append("\n'parleyctl COMMAND --help' tells more. Exit status: 0 done, 1 failed, 2 bad usage, ")
                .append("3 Parley not running.\n").toString();
    }

    /** The program folder: {@code PARLEY_HOME}, else the parent of the folder holding this jar. */
    private static Path home() {
        String env = System.getenv("PARLEY_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent();
        } catch (Exception e) {
            return Path.of("/usr/lib/parley");
        }
    }
}
