package org.parley.auth.internal.saml;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.api.Clock;
import org.parley.auth.internal.core.AuthCore;
import org.parley.auth.internal.core.AuthServices;
import org.parley.auth.internal.store.Jdbc;
import org.parley.store.api.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SAML service provider's object graph over the auth database (whose tables {@code AuthCore} migrates): SP
 * identity (made on first use, RSA key generation takes a moment), IdP registry, request, replay and session tables,
 * and an hourly job that refreshes due IdP metadata and drops links of ended sessions. The servlet and REST
 * resources use it; {@link #services()} answers 503 until the accounts are ready.
 */
@Component(service = SamlService.class)
public class SamlService {

    private static final Logger LOG = LoggerFactory.getLogger(SamlService.class);

    @Reference
    private AuthCore core;

    @Reference
    private Database database;

    @Reference
    private SamlSettings settings;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    private Path directory;
    private SpIdentity identity;
    private IdpStore idps;
    private SamlSessions links;
    private AssertionConsumer consumer;
    private LoginRequests logins;
    private SingleLogout logout;
    private final MetadataFetcher fetcher = new MetadataFetcher();
    private ScheduledExecutorService housekeeping;

    @Activate
    void activate(BundleContext context) {
        Clock live = () -> clock.now();
        LibraryRuntime.prepare(live);
        directory = Path.of(context.getProperty("parley.var.lib")).resolve("saml");
        Jdbc jdbc = new Jdbc(database.dataSource());
        idps = new IdpStore(jdbc);
        links = new SamlSessions(jdbc);
        PendingRequests pending = new PendingRequests(jdbc);
        consumer = new AssertionConsumer(idps, pending, new ReplayCache(jdbc), this::identity, settings::options,
                live);
        logins = new LoginRequests(idps, pending, this::identity, settings::options, live);
        logout = new SingleLogout(idps, links, this::identity, settings::options);
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                r -> new Thread(r, "parley-saml-housekeeping"));
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        housekeeping = executor;
        housekeeping.scheduleWithFixedDelay(this::housekeeping, 1, 60, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() {
        housekeeping.shutdownNow();
    }

    /** The SP's entityID and keys, created on first use under {@code ${parley.var.lib}/saml}. */
    public synchronized SpIdentity identity() {
        if (identity == null) {
            identity = SpIdentity.loadOrCreate(directory, settings.options().publicBaseUrl(), clock.now());
            LOG.info("SAML SP entityID {} (keys in {})", identity.entityId(), directory);
        }
        return identity;
    }

    /** The SP metadata XML ({@code GET /saml/metadata}). */
    public String metadataXml() {
        return SpMetadata.xml(identity(), settings.options());
    }

    /** The auth services; 503 until the account tables are ready. */
    public AuthServices services() {
        return core.services();
    }

    public SamlSettings.Options options() {
        return settings.options();
    }

    public IdpStore idps() {
        return idps;
    }

    public SamlSessions links() {
        return links;
    }

    public AssertionConsumer consumer() {
        return consumer;
    }

    public LoginRequests logins() {
        return logins;
    }

    public SingleLogout logout() {
        return logout;
    }

    public IdpAdmin admin() {
        return new IdpAdmin(idps, fetcher, services());
    }

    private void housekeeping() {
        if (core.notReady().isPresent()) {
            return;
        }
        try {
            admin().refreshOlderThan(Duration.ofHours(settings.options().metadataRefreshHours()));
            links.deleteOrphans();
        } catch (RuntimeException e) {
            LOG.warn("SAML housekeeping failed, trying again in an hour: {}", e.getMessage());
        }
    }
}
