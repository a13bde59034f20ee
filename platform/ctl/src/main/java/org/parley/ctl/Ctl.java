package org.parley.ctl;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What every command of {@code parleyctl} works with: the installation's folders (the same environment variables as
 * {@code bin/parley}, defaulting to the installed layout of ARCHITECTURE.md), the admin socket, and the terminal.
 *
 * @param home the program folder ({@code PARLEY_HOME}, installed {@code /usr/lib/parley})
 * @param etc settings ({@code PARLEY_ETC}, installed {@code /etc/parley})
 * @param varLib state ({@code PARLEY_VAR_LIB}, installed {@code /var/lib/parley})
 * @param log logs ({@code PARLEY_LOG}, installed {@code /var/log/parley})
 * @param run the admin socket's folder ({@code PARLEY_RUN}, installed {@code /run/parley})
 * @param out what the person reads
 * @param err problems, each naming its cause and fix
 */
public record Ctl(Path home, Path etc, Path varLib, Path log, Path run, PrintStream out, PrintStream err) {

    /** The socket of the running service. */
    public Path socket() {
        return run.resolve("admin.sock");
    }

    /** A client of the running service's admin socket. */
    public AdminClient client() {
        return new AdminClient(socket());
    }

    /** Where the packages install the program; any other home is a tree run from source (or staged for a test). */
    static final Path INSTALLED_HOME = Path.of("/usr/lib/parley");

    /**
     * The folders from the environment: each {@code PARLEY_*} root when set; else, for the installed program
     * ({@code home} is {@link #INSTALLED_HOME}), the installed layout; else the folders under {@code home} as the
     * launcher makes them (a fresh distribution has no {@code var/} yet, and still is one).
     */
    static Ctl fromEnvironment(Map<String, String> env, Path home, PrintStream out, PrintStream err) {
        boolean source = !installed(home);
        return new Ctl(home,
                root(env, "PARLEY_ETC", source ? home.resolve("etc") : Path.of("/etc/parley")),
                root(env, "PARLEY_VAR_LIB", source ? home.resolve("var/lib") : Path.of("/var/lib/parley")),
                root(env, "PARLEY_LOG", source ? home.resolve("var/log") : Path.of("/var/log/parley")),
                root(env, "PARLEY_RUN", source ? home.resolve("var/run") : Path.of("/run/parley")),
                out, err);
    }

    /**
     * The environment file of the unit and the wrappers (heap, JVM options, roots): {@code PARLEY_DEFAULTS}, which
     * the wrapper exports, else {@code /etc/default/parley} for the installed program, else
     * {@code etc/default/parley} under the home, as {@code bin/parley} reads it.
     */
    public Path defaults() {
        String set = System.getenv("PARLEY_DEFAULTS");
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        return installed(home) ? Path.of("/etc/default/parley") : home.resolve("etc/default/parley");
    }

    static boolean installed(Path home) {
        return home.toAbsolutePath().normalize().equals(INSTALLED_HOME);
    }

    private static Path root(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
