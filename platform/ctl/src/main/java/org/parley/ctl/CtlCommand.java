package org.parley.ctl;

import java.util.List;

/**
 * One sub-command of {@code parleyctl} ({@code status}, {@code backup}, {@code config}, ...). {@link Main} finds it by
 * {@link #name()}, answers {@code parleyctl NAME --help} with {@link #usage()} and exits with what {@link #run} returns.
 */
public interface CtlCommand {

    /** The word typed after {@code parleyctl}. */
    String name();

    /** One line for the list of commands. */
    String summary();

    /** The full help text: synopsis, options, exit statuses, an example. */
    String usage();

    /**
     * Runs the command.
     *
     * @param arguments what followed the command's name ({@code --help} never reaches here)
     * @param ctl where the installation is, the admin socket, and the terminal
     * @return the exit status: 0 done, 1 failed, 2 bad usage, 3 service not running, 69 unavailable
     */
    int run(List<String> arguments, Ctl ctl) throws Exception;
}
