package org.parley.ctl.backup;

import java.nio.file.Path;
import java.util.List;
import org.parley.ctl.Ctl;

/**
 * Which folders (and the one file {@value #ENVIRONMENT}) a backup holds, under which names, and where a restore puts
 * them back. Recordings (large, with their own encryption and retention), the hot-deploy folder, the cache and the
 * logs are not in it.
 *
 * @param name the prefix of its entries in the archive
 * @param live where it is on this installation (a folder, or for {@value #ENVIRONMENT} a file)
 */
public record BackupLayout(String name, Path live) {

    /** The database: Derby's folder {@code parley/}, or {@code parley.dump} of {@code pg_dump}. */
    public static final String DB = "db";
    /** The unit's environment file, the one layout entry that is a file rather than a folder. */
    public static final String ENVIRONMENT = "etc/default/parley";
    /** The audit checkpoint copy: from the snapshot (copied before the database) when Parley runs. */
    public static final String AUDIT = "var/lib/audit";

    /** Every folder of a backup of this installation, the database first. */
    public static List<BackupLayout> of(Ctl ctl) {
        Path varLib = ctl.varLib();
        return List.of(
                new BackupLayout(DB, varLib.resolve("db")),
                new BackupLayout(AUDIT, varLib.resolve("audit")),
                new BackupLayout("var/lib/keys", varLib.resolve("keys")),
                new BackupLayout("var/lib/tls", varLib.resolve("tls")),
                new BackupLayout("var/lib/config", varLib.resolve("config")),
                new BackupLayout("var/lib/saml", varLib.resolve("saml")),
                new BackupLayout("etc/conf.d", ctl.etc().resolve("conf.d")),
                new BackupLayout("etc/secrets", ctl.etc().resolve("secrets")),
                new BackupLayout(ENVIRONMENT, ctl.defaults()));
    }

    /** The layout entry an archive path belongs to, or {@code null}. */
    static BackupLayout owning(List<BackupLayout> layout, String path) {
        for (BackupLayout folder : layout) {
            if (path.equals(folder.name()) || path.startsWith(folder.name() + "/")) {
                return folder;
            }
        }
        return null;
    }
}
