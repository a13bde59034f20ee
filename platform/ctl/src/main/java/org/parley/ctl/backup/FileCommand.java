package org.parley.ctl.backup;

import java.io.IOException;
import java.util.List;
import org.parley.ctl.AdminClient;
import org.parley.ctl.Ctl;
import org.parley.ctl.CtlCommand;

/**
 * {@code backup} and {@code restore}: a problem with a file, a folder or the backup itself ends the command with
 * exit status 1 and one sentence for the person (the messages of this package name no classes); the admin socket's
 * own failures go to {@code Main}, which knows their exit statuses.
 */
abstract class FileCommand implements CtlCommand {

    @Override
    public final int run(List<String> arguments, Ctl ctl) throws Exception {
        try {
            return execute(arguments, ctl);
        } catch (AdminClient.ServiceUnavailable | AdminClient.CommandFailed e) {
            throw e;
        } catch (IOException e) {
            ctl.err().println("parleyctl " + name() + ": " + e.getMessage());
            return 1;
        }
    }

    /** Runs the command; an {@link IOException} becomes exit status 1 with its message. */
    abstract int execute(List<String> arguments, Ctl ctl) throws Exception;
}
