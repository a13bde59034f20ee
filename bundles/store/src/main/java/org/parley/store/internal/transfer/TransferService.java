package org.parley.store.internal.transfer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.api.settings.SettingsProblem;
import org.parley.store.api.CopiedDatabase;
import org.parley.store.api.Database.Vendor;
import org.parley.store.api.TargetFacts;
import org.parley.store.api.TransferException;
import org.parley.store.api.TransferException.Reason;
import org.parley.store.internal.pool.DataSources;
import org.parley.store.internal.pool.OpenDatabase;
import org.parley.store.internal.settings.DatabaseSettings;
import org.parley.store.internal.settings.SettingsCheck;
import org.parley.store.internal.settings.SettingsParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connection tests and copies from one open database (the store's current one) to a PostgreSQL named by settings.
 * Target settings go through the store's own {@link SettingsParser}, so a target that passes here is one the store
 * accepts after the switch. One copy at a time.
 */
public final class TransferService {

    private static final Logger LOG = LoggerFactory.getLogger(TransferService.class);
    /** How long a copy waits for requests that hold the embedded database's connections to finish. */
    private static final Duration QUIESCE = Duration.ofSeconds(10);

    private final OpenDatabase source;
    private final MigratedOwners owners;
    private final Path secretsDir;
    private final AtomicBoolean copying = new AtomicBoolean();
    private final Duration quiesce;

    /**
     * @param source the database the appliance runs on
     * @param owners the owners that migrated on it, whose scripts build the target's schema
     * @param secretsDir where relative {@code passwordFile} and {@code sslRootCert} names are read
     */
    public TransferService(OpenDatabase source, MigratedOwners owners, Path secretsDir) {
        this(source, owners, secretsDir, QUIESCE);
    }

    /** As above, waiting at most {@code quiesce} for other borrowers of the source's connections before a copy. */
    TransferService(OpenDatabase source, MigratedOwners owners, Path secretsDir, Duration quiesce) {
        this.source = source;
        this.owners = owners;
        this.secretsDir = secretsDir;
        this.quiesce = quiesce;
    }

    public TargetFacts test(Map<String, ?> properties) throws TransferException {
        DatabaseSettings settings = target(properties);
        try (Connection connection = DataSources.postgresDriver(settings).getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            List<String> tables = SchemaTables.tables(connection);
            return new TargetFacts(settings.endpoint(), connection.getCatalog(), connection.getSchema(),
                    metaData.getDatabaseProductVersion(), tables.isEmpty(),
                    tables.subList(0, Math.min(SchemaTables.LISTED, tables.size())), tables.size());
        } catch (SQLException | RuntimeException e) {
            throw new TransferException(Reason.UNREACHABLE, null, "cannot connect to PostgreSQL at "
                    + settings.endpoint() + ": " + ConnectFailure.reason(e, settings.endpoint()), e);
        }
    }

    public CopiedDatabase copyTo(Map<String, ?> properties) throws TransferException {
        DatabaseSettings settings = target(properties);
        if (!copying.compareAndSet(false, true)) {
            throw new TransferException(Reason.BUSY, null, "a copy to PostgreSQL is already running", null);
        }
        try {
            TargetFacts facts = test(properties);
            if (!facts.empty()) {
                throw new TransferException(Reason.NOT_EMPTY, null, SchemaTables.notEmpty("schema " + facts.schema()
                        + " of database " + facts.database() + " at " + facts.endpoint(), facts.tables(),
                        facts.tableCount()), null);
            }
            if (source.vendor() != Vendor.DERBY) {
                throw new TransferException(Reason.NOT_EMBEDDED, null, "the appliance already runs on "
                        + source.location() + "; only the embedded Derby database is copied to PostgreSQL", null);
            }
            return new EmbeddedCopy(source, DataSources.postgres(settings), owners.anchors(), quiesce).run();
        } finally {
            copying.set(false);
        }
    }

    /** The checked target settings; PostgreSQL only. */
    private DatabaseSettings target(Map<String, ?> properties) throws TransferException {
        SettingsCheck check = SettingsParser.check(properties, secretsDir);
        if (!check.problems().isEmpty()) {
            SettingsProblem first = check.problems().get(0);
            throw new TransferException(Reason.INVALID, first.attribute(), first.attribute() + " "
                    + first.message(), null);
        }
        if (check.settings().embedded()) {
            throw new TransferException(Reason.INVALID, DatabaseSettings.URL, "url is required: the"
                    + " jdbc:postgresql://host[:port]/database of the PostgreSQL to use", null);
        }
        LOG.debug("target settings {}", check.settings());
        return check.settings();
    }
}
