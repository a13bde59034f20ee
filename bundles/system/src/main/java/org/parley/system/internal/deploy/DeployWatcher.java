package org.parley.system.internal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditService;
import org.parley.system.internal.AuditTrail;
import org.parley.system.internal.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches {@code ${parley.var.lib}/deploy} and keeps the core bundles running. All its work (scans, REST actions,
 * the guard's restarts) runs on one thread, so a scan never races an admin's roll-back. The framework cache is
 * wiped at every start, so the launcher installs only the packaged set; the first scan re-applies the folder.
 */
@Component(service = BundleControl.class, configurationPid = DeployWatcher.PID, immediate = true)
@Designate(ocd = DeployWatcher.Config.class)
public class DeployWatcher implements BundleControl {

    static final String PID = "org.parley.system.Deploy";
    private static final Logger LOG = LoggerFactory.getLogger(DeployWatcher.class);
    private static final long ACTION_TIMEOUT_SECONDS = 120;
    private static final int MIN_POLL_MILLIS = 100;

    @ObjectClassDefinition(name = "Parley hot deploy",
            description = "The folder var/lib/deploy: jars dropped there are installed or update the bundle of the "
                    + "same symbolic name; removing one uninstalls it or returns to the packaged jar.")
    @interface Config {
        @AttributeDefinition(name = "Poll interval (ms)", min = "100",
                description = "How often the deploy folder is scanned, in milliseconds (at least 100).")
        int pollMillis() default 2000;

        @AttributeDefinition(name = "Core bundles",
                description = "Symbolic names of the bundles that cannot be stopped while Parley runs; one that "
                        + "is stopped by other means is started again.")
        String[] coreBundles() default {"org.parley.api", "org.parley.http", "org.parley.store", "org.parley.audit"};

        @AttributeDefinition(name = "Bundle upload",
                description = "Whether POST /api/v1/system/bundles accepts a jar from an admin. Off by default; when "
                        + "on, only jars signed (jarsigner) by a trusted signer are accepted.")
        boolean uploadEnabled() default false;

        @AttributeDefinition(name = "Trusted signers",
                description = "PEM certificates (-----BEGIN CERTIFICATE-----) of the keys allowed to sign uploaded "
                        + "bundles, or of the CAs that issued those keys' certificates.")
        String[] trustedSigners() default {};
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditService audit;

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "parley-deploy-watcher"));
    private volatile Set<String> coreBundles = Set.of();
    private volatile long pollMillis;
    private volatile boolean uploadEnabled;
    private volatile List<X509Certificate> trustedSigners = List.of();
    private final BundleFailures failures = new BundleFailures();
    private BundleUpload upload;
    private DeployedJars deployedJars;
    private BundleActions actions;
    private CoreBundleGuard guard;
    private ScheduledFuture<?> polling;
    private BundleContext context;

    @Activate
    void activate(BundleContext context, Config config) {
        this.context = context;
        Path varLib = Path.of(requiredProperty(context, "parley.var.lib"));
        AuditTrail trail = new AuditTrail(() -> audit);
        BundleBackups backups = new BundleBackups(varLib.resolve("backup").resolve("bundles"));
        BundleOperations operations = new BundleOperations(context, backups, trail, failures);
        deployedJars = new DeployedJars(new DeployFolder(varLib.resolve("deploy")), operations, trail);
        actions = new BundleActions(context, operations, backups, deployedJars, () -> coreBundles, trail, failures);
        upload = new BundleUpload(varLib.resolve("deploy"), trail);
        context.addFrameworkListener(failures);
        guard = new CoreBundleGuard(context, () -> coreBundles, thread, trail);
        configure(config);
        context.addBundleListener(guard);
        LOG.info("Watching {} every {} ms once the framework has started", varLib.resolve("deploy"), pollMillis);
        startWhenFrameworkStarted();
    }

    /**
     * The first scan waits for the framework's STARTED event: updating and refreshing bundles while the launcher is
     * still starting the packaged set would make those starts fail on the framework's global lock.
     */
    private void startWhenFrameworkStarted() {
        FrameworkListener onStarted = new FrameworkListener() {
            @Override
            public void frameworkEvent(FrameworkEvent event) {
                if (event.getType() == FrameworkEvent.STARTED) {
                    beginPolling(this);
                }
            }
        };
        context.addFrameworkListener(onStarted);
        if (context.getBundle(0).getState() == Bundle.ACTIVE) {
            beginPolling(onStarted);
        }
    }

    private synchronized void beginPolling(FrameworkListener onStarted) {
        context.removeFrameworkListener(onStarted);
        if (polling == null && !thread.isShutdown()) {
            thread.execute(() -> deployedJars.uninstallOrphans(context.getBundles()));
            schedule();
        }
    }

    @Modified
    synchronized void modified(Config config) {
        long before = pollMillis;
        configure(config);
        if (before != pollMillis && polling != null) {
            polling.cancel(false);
            schedule();
        }
    }

    @Deactivate
    synchronized void deactivate() {
        guard.close();
        context.removeBundleListener(guard);
        context.removeFrameworkListener(failures);
        // Not awaited: a refresh that stops this very bundle waits for this method to return.
        thread.shutdownNow();
    }

    private void configure(Config config) {
        if (config.pollMillis() < MIN_POLL_MILLIS) {
            throw new IllegalArgumentException(PID + ": pollMillis must be at least " + MIN_POLL_MILLIS + " (got "
                    + config.pollMillis() + ")");
        }
        pollMillis = config.pollMillis();
        coreBundles = Set.of(config.coreBundles());
        uploadEnabled = config.uploadEnabled();
        try {
            trustedSigners = TrustedSigners.parse(config.trustedSigners());
        } catch (IllegalArgumentException e) {
            // The settings validator refuses such values; one from a file must not stop hot deploy.
            LOG.error("{}: {}; bundle upload accepts no jar until it is fixed", PID, e.getMessage());
            trustedSigners = List.of();
        }
    }

    private void schedule() {
        polling = thread.scheduleWithFixedDelay(this::scanSafely, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    private void scanSafely() {
        try {
            deployedJars.scan(System.currentTimeMillis(), 2 * pollMillis);
        } catch (Exception e) {
            // One bad scan (folder unreadable, a bundle misbehaving) must not end the polling.
            LOG.error("Scanning the deploy folder failed: {}", e.toString(), e);
        }
    }

    private static String requiredProperty(BundleContext context, String name) {
        String value = context.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The framework property " + name + " is not set; the launcher sets it");
        }
        return value;
    }

    @Override
    public List<BundleView> list() {
        return onWatcherThread(actions::list);
    }

    @Override
    public BundleView stop(String symbolicName, Caller caller) {
        return onWatcherThread(() -> actions.stop(symbolicName, caller));
    }

    @Override
    public BundleView start(String symbolicName, Caller caller) {
        return onWatcherThread(() -> actions.start(symbolicName, caller));
    }

    @Override
    public BundleView rollback(String symbolicName, Caller caller) {
        return onWatcherThread(() -> actions.rollback(symbolicName, caller));
    }

    @Override
    public UploadedBundle upload(InputStream body, String uploadName, Caller caller) {
        BundleUpload.requireEnabled(uploadEnabled);
        Path received;
        try {
            received = upload.receive(body);
        } catch (IOException e) {
            throw ProblemException.badRequest("The jar could not be received: " + e.getMessage());
        }
        try {
            List<X509Certificate> trusted = trustedSigners;
            return onWatcherThread(() -> upload.accept(received, uploadName, trusted, deployedJars::fileOf, caller));
        } finally {
            try {
                Files.deleteIfExists(received);
            } catch (IOException e) {
                LOG.warn("Temporary upload {} not removed: {}", received, e.getMessage());
            }
        }
    }

    private <T> T onWatcherThread(Callable<T> action) {
        try {
            return thread.submit(action).get(ACTION_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new ProblemException(503, "Busy", "The bundle action did not finish within "
                    + ACTION_TIMEOUT_SECONDS + " s; GET /api/v1/system/bundles shows the current state");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "Stopping", "Parley is stopping; try again after it has started");
        }
    }
}
