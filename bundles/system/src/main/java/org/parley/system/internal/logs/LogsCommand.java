package org.parley.system.internal.logs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.parley.api.admin.AdminCommand;
import org.parley.api.admin.AdminCommandException;
import org.parley.api.admin.AdminRequest;

/**
 * Admin command {@code logs}: where this Parley writes its log ({@code ${parley.log}}, as {@code conf/logback.xml}
 * says) and the files there (the same {@link LogFolder} as {@code /api/v1/system/logs}). {@code parleyctl logs}
 * reads the file itself; the call is made so that reading the logs is on the audit trail.
 */
@Component(property = AdminCommand.NAME + "=logs")
public class LogsCommand implements AdminCommand {

    /** The log folder, the current file, and every file in the folder (newest first). */
    public record Logs(String folder, String current, List<LogFile> files) {
    }

    private final Path root;
    private final LogFolder folder;

    @Activate
    public LogsCommand(BundleContext context) {
        String log = context.getProperty("parley.log");
        this.root = Path.of(log == null ? "var/log" : log).toAbsolutePath();
        this.folder = new LogFolder(root);
    }

    @Override
    public Logs run(AdminRequest request) throws AdminCommandException {
        try {
            return new Logs(root.toString(), root.resolve("parley.log").toString(), folder.list());
        } catch (IOException e) {
            throw new AdminCommandException(1, "cannot list " + root + ": " + e.getMessage()
                    + "; see 'journalctl -u parley'");
        }
    }
}
