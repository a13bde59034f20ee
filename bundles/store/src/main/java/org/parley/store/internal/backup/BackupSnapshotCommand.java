package org.parley.store.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.parley.api.admin.AdminCommand;
import org.parley.api.admin.AdminCommandException;
import org.parley.api.admin.AdminRequest;
import org.parley.store.api.Database;
import org.parley.store.internal.settings.SettingsParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code backup.snapshot}: a consistent copy of the database, made while Parley runs, in a fresh folder under
 * {@code ${parley.var.lib}/backup/} for root's {@code parleyctl backup} to encrypt. The audit checkpoint file is copied
 * first, so the copy never holds a checkpoint newer than the database's records (audit verification would take that
 * for deleted records). Shares the database's PID to know how to reach PostgreSQL for {@code pg_dump}.
 */
@Component(service = AdminCommand.class, property = AdminCommand.NAME + "=" + BackupSnapshotCommand.NAME,
        configurationPid = BackupSnapshotCommand.DATABASE_PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class BackupSnapshotCommand implements AdminCommand {

    static final String NAME = "backup.snapshot";
    static final String DATABASE_PID = "org.parley.store.Database";

    private static final Logger LOG = LoggerFactory.getLogger(BackupSnapshotCommand.class);

    private final Database database;
    private final Path varLib;
    private final Path secrets;
    private final Map<String, Object> settings;
    private final String version;

    @Activate
    public BackupSnapshotCommand(@Reference Database database, BundleContext context, Map<String, Object> settings) {
        this(database, Path.of(context.getProperty("parley.var.lib")),
                Path.of(context.getProperty("parley.etc")).resolve("secrets"), settings,
                context.getBundle().getVersion().toString());
    }

    BackupSnapshotCommand(Database database, Path varLib, Path secrets, Map<String, Object> settings,
            String version) {
        this.database = database;
        this.varLib = varLib;
        this.secrets = secrets;
        this.settings = Map.copyOf(settings);
        this.version = version;
    }

    @Override
    public Object run(AdminRequest request) throws AdminCommandException {
        SnapshotFolders folders = new SnapshotFolders(varLib.resolve("backup"), Clock.systemUTC());
        Path folder;
        try {
            folder = folders.create();
        } catch (IOException e) {
            throw new AdminCommandException(1, "cannot create a snapshot folder under " + varLib.resolve("backup")
                    + ": " + e.getMessage());
        }
        try {
            copyTree(varLib.resolve("audit"), folder.resolve("audit"));
            boolean derby = database.vendor() == Database.Vendor.DERBY;
            if (derby) {
                DerbySnapshot.copy(database.dataSource(), folder);
            } else {
                PostgresDump.dump(SettingsParser.check(settings, secrets).orThrow(DATABASE_PID), folder,
                        System.getenv());
            }
            Snapshot snapshot = new Snapshot(folder.toString(), derby ? "derby" : "postgresql", schemaVersions(),
                    version, derby ? "Derby online backup" : "pg_dump (one snapshot transaction)");
            LOG.info("backup snapshot made in {}", folder);
            return snapshot;
        } catch (IOException | SQLException | RuntimeException e) {
            discard(folder);
            LOG.warn("backup snapshot failed: {}", e.getMessage());
            throw new AdminCommandException(1, "the database could not be copied: " + e.getMessage());
        }
    }

    private Map<String, String> schemaVersions() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            return SchemaVersions.read(connection);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void discard(Path folder) {
        try {
            SnapshotFolders.deleteTree(folder);
        } catch (IOException e) {
            LOG.warn("cannot delete the failed snapshot {}: {}", folder, e.getMessage());
        }
    }
}
