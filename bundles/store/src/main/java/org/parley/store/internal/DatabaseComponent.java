package org.parley.store.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import io.micrometer.core.instrument.MeterRegistry;
import org.parley.store.internal.metrics.PoolMeters;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;
import org.parley.api.settings.SettingsFiles;
import org.parley.store.api.CopiedDatabase;
import org.parley.store.api.DatabaseFacts;
import org.parley.store.api.DatabaseTransfer;
import org.parley.store.api.MigrationException;
import org.parley.store.api.TargetFacts;
import org.parley.store.api.TransferException;
import org.parley.store.internal.transfer.FactsReader;
import org.parley.store.internal.transfer.MigratedOwners;
import org.parley.store.internal.transfer.TransferService;
import org.parley.store.internal.pool.UnavailableDataSource;
import org.parley.store.api.Database;
import org.parley.store.internal.health.DatabaseHealth;
import org.parley.store.internal.pool.DataSources;
import org.parley.store.internal.pool.OpenDatabase;
import org.parley.store.internal.settings.DatabaseSettings;
import org.parley.store.internal.settings.SettingsParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appliance's database and its {@code database} health check. Activation never connects: an unreachable
 * PostgreSQL leaves the service registered with health DOWN, and the pool recovers by itself. A settings change
 * deactivates and re-activates the component (no {@code @Modified}), so consumers see the service re-registered
 * with the new pool, as the {@link Database} contract says. It also serves {@link DatabaseTransfer} for the open
 * database, remembering which owners migrated with which anchor so that a copy can replay their scripts.
 */
@Component(service = {Database.class, DatabaseTransfer.class, HealthCheck.class},
        configurationPid = DatabaseComponent.PID)
@Designate(ocd = DatabaseComponent.Config.class)
public final class DatabaseComponent extends DelegatingDatabase implements DatabaseTransfer, HealthCheck {

    static final String PID = "org.parley.store.Database";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseComponent.class);

    @ObjectClassDefinition(id = PID, name = "Database",
            description = "Where Parley keeps its state: embedded Derby under var/lib/db by default, or PostgreSQL.")
    @interface Config {

        @AttributeDefinition(name = "JDBC URL", description = "Empty for the embedded Derby database; else"
                + " jdbc:postgresql://host[:port]/database (no password or sslmode in the URL).")
        String url() default "";

        @AttributeDefinition(name = "User", description = "PostgreSQL role to connect as; required with a URL.")
        String user() default "";

        @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD,
                description = "PostgreSQL password. Leave empty when passwordFile is used or none is needed.")
        String password() default "";

        @AttributeDefinition(name = "Password file", description = "File holding the PostgreSQL password (one"
                + " line); relative paths are read under etc/secrets. Not together with password.")
        String passwordFile() default "";

        @AttributeDefinition(name = "TLS mode", description = "How the connection to PostgreSQL is protected.",
                options = {@Option(value = "disable", label = "No TLS"),
                    @Option(value = "require", label = "TLS, certificate not checked"),
                    @Option(value = "verify-full", label = "TLS, certificate and host name checked")})
        String sslMode() default DatabaseSettings.DEFAULT_SSL_MODE;

        @AttributeDefinition(name = "CA certificate", description = "PEM file of the CA that signed the server's"
                + " certificate; required with verify-full. Relative paths are read under etc/secrets.")
        String sslRootCert() default "";

        @AttributeDefinition(name = "Pool size", min = "1", max = "200",
                description = "The most database connections Parley keeps open.")
        int poolSize() default DatabaseSettings.DEFAULT_POOL_SIZE;

        @AttributeDefinition(name = "Connect timeout (s)", min = "1", max = "300",
                description = "How long opening or borrowing a connection may take before it fails.")
        int connectTimeoutSeconds() default DatabaseSettings.DEFAULT_CONNECT_TIMEOUT_SECONDS;
    }

    private OpenDatabase database;
    private DatabaseHealth health;
    private String waitingFor;
    private PoolMeters poolMeters;
    private final MigratedOwners owners = new MigratedOwners();
    private TransferService transfers;
    private DatabaseSettings settings;
    private Path derbyFolder;

    /** Pool gauges come and go with the meter registry, without restarting the database. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void bindMeterRegistry(MeterRegistry registry) {
        unbindMeterRegistry(registry);
        if (database != null) {
            poolMeters = new PoolMeters(registry, database.poolName(), database::poolStatistics);
        } else {
            pendingRegistry = registry;
        }
    }

    synchronized void unbindMeterRegistry(MeterRegistry registry) {
        if (poolMeters != null) {
            poolMeters.close();
            poolMeters = null;
        }
        pendingRegistry = null;
    }

    private MeterRegistry pendingRegistry;

    @Activate
    void activate(BundleContext context, Map<String, Object> properties) {
        if (SettingsFiles.awaitingFile(RuntimePaths.etc(context), PID, properties)) {
            // The admin's file is about to replace these defaults: opening Derby now would put the first audit
            // records of this start into the wrong database. SCR activates this component again with the file.
            waitingFor = "the database settings in etc/conf.d/" + PID + ".cfg are still being read";
            LOG.info("database: waiting for etc/conf.d/{}.cfg", PID);
            return;
        }
        settings = SettingsParser.check(properties, RuntimePaths.secrets(context)).orThrow(PID);
        derbyFolder = settings.embedded() ? RuntimePaths.derbyDatabase(context) : null;
        database = settings.embedded()
                ? DataSources.derby(derbyFolder, settings.poolSize())
                : DataSources.postgres(settings);
        transfers = new TransferService(database, owners, RuntimePaths.secrets(context));
        health = new DatabaseHealth(database.dataSource(), database.location());
        LOG.info("database: {}", database.location());
        synchronized (this) {
            if (pendingRegistry != null) {
                poolMeters = new PoolMeters(pendingRegistry, database.poolName(), database::poolStatistics);
            }
        }
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            if (poolMeters != null) {
                poolMeters.close();
            }
        }
        if (database == null) {
            return;
        }
        health.close();
        database.close();
        LOG.info("database closed: {}", database.location());
    }

    @Override
    OpenDatabase database() {
        return database;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean critical() {
        return true;
    }

    @Override
    public HealthResult check() {
        return database == null ? HealthResult.down(waitingFor) : health.check();
    }

    @Override
    public Vendor vendor() {
        return database == null ? Vendor.DERBY : super.vendor();
    }

    @Override
    public javax.sql.DataSource dataSource() {
        return database == null ? new UnavailableDataSource(waitingFor) : super.dataSource();
    }

    @Override
    public String migrate(String owner, Class<?> anchor) throws MigrationException {
        if (database == null) {
            throw new MigrationException("migration of '" + owner + "' postponed: " + waitingFor, null);
        }
        String version;
        try {
            version = super.migrate(owner, anchor);
        } catch (MigrationException e) {
            FailedMigration.report(e);
            throw e;
        }
        owners.remember(owner, anchor);
        return version;
    }

    @Override
    public DatabaseFacts describe() {
        if (database == null) {
            return new DatabaseFacts("Derby", "", "", "", new DatabaseFacts.PoolFigures(0, 0, 0, 0, 0), -1,
                    List.of());
        }
        return FactsReader.read(database, derbyFolder, settings.url(), settings.user(), owners.names());
    }

    @Override
    public TargetFacts test(Map<String, ?> properties) throws TransferException {
        return transfers().test(properties);
    }

    @Override
    public CopiedDatabase copyTo(Map<String, ?> properties) throws TransferException {
        return transfers().copyTo(properties);
    }

    private TransferService transfers() throws TransferException {
        if (transfers == null) {
            throw new TransferException(TransferException.Reason.FAILED, null, "the database is not open yet: "
                    + waitingFor, null);
        }
        return transfers;
    }
}
