package org.parley.ctl;

import java.util.List;

/** Every sub-command of {@code parleyctl}, in the order {@code parleyctl --help} lists them. */
final class Commands {

    private Commands() {
    }

    static List<CtlCommand> all() {
        return List.of(
                new StatusCommand(),
                new CheckCommand(),
                new ConfigCommand(),
                new AdminResetCommand(),
                new DrainCommand(),
                new LogsCommand(),
                new org.parley.ctl.backup.BackupCommand(),
                new org.parley.ctl.backup.RestoreCommand());
    }
}
