package org.parley.auth.internal.core;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.api.Caller;
import org.parley.api.Clock;
import org.parley.api.rest.Authenticator;
import org.parley.api.rest.Credentials;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditService;
import org.parley.auth.internal.password.ShiroPasswordHasher;
import org.parley.auth.internal.settings.BruteForceSettings;
import org.parley.auth.internal.settings.MfaSettings;
import org.parley.auth.internal.settings.PasswordPolicySettings;
import org.parley.auth.internal.settings.SessionSettings;
import org.parley.store.api.Database;
import org.parley.store.api.MigrationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The auth bundle's core: migrates its tables, creates the initial admin on an empty database, records audit events
 * the break-glass command left, and publishes the {@link Authenticator} the front door asks on every request (from
 * then on every permission route needs a signed-in caller). The REST resources use it through {@link #services()}.
 * Re-created with the database (the store re-registers it when its settings change).
 */
@Component(service = {Authenticator.class, AuthCore.class}, immediate = true)
public class AuthCore implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(AuthCore.class);
    private static final long RETRY_SECONDS = 5;
    private static final long STOP_SECONDS = 5;

    @Reference
    private Database database;

    @Reference
    private AuditService auditService;

    /** Dynamic and greedy: a test clock registered later (ranked higher) takes over without a restart. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    @Reference
    private SessionSettings sessionSettings;

    @Reference
    private MfaSettings mfaSettings;

    @Reference
    private BruteForceSettings bruteForceSettings;

    @Reference
    private PasswordPolicySettings passwordSettings;

    /** The directory, when one is set up; it may come and go while Parley runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PasswordRealm directory;

    private volatile AuthServices services;
    private volatile boolean ready;
    private volatile String notReadyBecause = "the account database is being prepared";
    private ScheduledExecutorService preparation;

    /** For Declarative Services. */
    public AuthCore() {
    }

    /** Around services built elsewhere (tests of the REST resources). */
    public AuthCore(AuthServices services) {
        this.services = services;
        this.ready = true;
    }

    /**
     * Builds the services and prepares the tables in the background: activation runs on whatever thread first
     * needs the authenticator (the web server's, often), which must never wait for an unreachable database.
     */
    @Activate
    void activate(BundleContext context) {
        Clock live = () -> clock.now();
        AuthServices.Settings settings = new AuthServices.Settings(sessionSettings::limits, mfaSettings::policy,
                bruteForceSettings::policy, passwordSettings::policy);
        services = new AuthServices(database.dataSource(), auditService, live, new ShiroPasswordHasher(), settings,
                Path.of(context.getProperty("parley.var.lib")), () -> Optional.ofNullable(directory));
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                r -> new Thread(r, "parley-auth-prepare"));
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        preparation = executor;
        preparation.execute(this::prepare);
    }

    /** Waits (briefly) for a preparation under way, so the database is not closed under a migration. */
    @Deactivate
    void deactivate() throws InterruptedException {
        // No interrupt: Derby treats an interrupted thread as a fault. A retry that is only scheduled is dropped.
        preparation.shutdown();
        if (!preparation.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
            LOG.warn("Account preparation did not stop within {} s", STOP_SECONDS);
            preparation.shutdownNow();
        }
    }

    /** Migrates, creates the first admin and records break-glass events; tries again until the database answers. */
    private void prepare() {
        try {
            database.migrate("auth", AuthCore.class);
            services.firstRun.ensureAdmin(services.audit);
            ready = true;
            LOG.info("Accounts are ready");
        } catch (MigrationException | RuntimeException e) {
            notReadyBecause = "the account database is not available: " + e.getMessage();
            LOG.warn("Accounts not ready, trying again in {} s: {}", RETRY_SECONDS, e.getMessage());
            preparation.schedule(this::prepare, RETRY_SECONDS, TimeUnit.SECONDS);
            return;
        }
        try {
            services.pendingAudit.flush();
        } catch (RuntimeException e) {
            LOG.warn("Could not record the break-glass audit events yet: {}", e.getMessage());
        }
    }

    /** The services, once the tables are ready; else 503 saying why. */
    public AuthServices services() {
        if (!ready) {
            throw new ProblemException(503, "Accounts unavailable", notReadyBecause + "; try again shortly");
        }
        return services;
    }

    /** Whether accounts can be used now, and if not why. */
    public Optional<String> notReady() {
        return ready ? Optional.empty() : Optional.of(notReadyBecause);
    }

    @Override
    public Optional<Caller> authenticate(Credentials credentials) {
        if (!ready) {
            boolean offersCredentials = credentials.authorization() != null
                    || credentials.cookies().containsKey("parley_session");
            if (offersCredentials) {
                services();
            }
            return Optional.empty();
        }
        return services.authentication.authenticate(credentials);
    }
}
