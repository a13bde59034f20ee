package org.parley.store.internal.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.parley.api.admin.AdminCommand;
import org.parley.api.admin.AdminCommandException;
import org.parley.api.admin.AdminRequest;

/**
 * {@code backup.release folder=...}: deletes a snapshot folder once {@code parleyctl backup} has encrypted it. Only
 * the service may delete what the service wrote (root could too, but the service keeps the rule in one place: only
 * folders named as {@code backup.snapshot} names them, directly under {@code ${parley.var.lib}/backup/}).
 */
@Component(service = AdminCommand.class, property = AdminCommand.NAME + "=" + BackupReleaseCommand.NAME)
public final class BackupReleaseCommand implements AdminCommand {

    static final String NAME = "backup.release";

    private final Path backupRoot;

    @Activate
    public BackupReleaseCommand(BundleContext context) {
        this(Path.of(context.getProperty("parley.var.lib")).resolve("backup"));
    }

    BackupReleaseCommand(Path backupRoot) {
        this.backupRoot = backupRoot;
    }

    @Override
    public Object run(AdminRequest request) throws AdminCommandException {
        String folder = request.argument("folder", "");
        if (folder.isBlank()) {
            throw new AdminCommandException(2, "backup.release needs folder=<the folder backup.snapshot named>");
        }
        try {
            new SnapshotFolders(backupRoot, Clock.systemUTC()).delete(folder);
            return Map.of("released", folder);
        } catch (IllegalArgumentException e) {
            throw new AdminCommandException(2, e.getMessage());
        } catch (IOException e) {
            throw new AdminCommandException(1, "cannot delete " + folder + ": " + e.getMessage());
        }
    }
}
