package org.parley.system.internal.deploy;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.system.internal.AuditTrail;
import org.parley.system.internal.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a core bundle again when something other than a framework shutdown stops it (a console command, another
 * bundle). The check runs on the watcher's thread, after any update in progress: a bundle the watcher stops and
 * restarts itself is ACTIVE again by then and is left alone.
 */
final class CoreBundleGuard implements BundleListener {

    private static final Logger LOG = LoggerFactory.getLogger(CoreBundleGuard.class);

    private final BundleContext context;
    private final Supplier<Set<String>> coreBundles;
    private final Executor watcherThread;
    private final AuditTrail audit;
    private volatile boolean closed;

    CoreBundleGuard(BundleContext context, Supplier<Set<String>> coreBundles, Executor watcherThread,
            AuditTrail audit) {
        this.context = context;
        this.coreBundles = coreBundles;
        this.watcherThread = watcherThread;
        this.audit = audit;
    }

    void close() {
        closed = true;
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if (event.getType() != BundleEvent.STOPPED || closed || !coreBundles.get().contains(bundle.getSymbolicName())
                || !frameworkRunning()) {
            return;
        }
        try {
            watcherThread.execute(() -> startAgainIfStopped(bundle));
        } catch (RejectedExecutionException e) {
            LOG.debug("Not guarding {}: the watcher is stopping", bundle.getSymbolicName());
        }
    }

    private void startAgainIfStopped(Bundle bundle) {
        if (closed || !frameworkRunning() || bundle.getState() != Bundle.RESOLVED) {
            return;
        }
        String name = bundle.getSymbolicName();
        Map<String, String> details = Map.of("version", bundle.getVersion().toString(),
                "reason", "core bundle stopped while Parley was running");
        try {
            bundle.start();
            LOG.warn("Core bundle {} was stopped while Parley was running; started it again", name);
            audit.recordOrLog(Caller.SYSTEM, "bundle.start", name, Outcome.SUCCESS, details);
        } catch (BundleException | RuntimeException e) {
            LOG.error("Core bundle {} was stopped and could not be started again: {}", name, e.getMessage());
            audit.recordOrLog(Caller.SYSTEM, "bundle.start", name, Outcome.FAILURE, details);
        }
    }

    /** False while the framework shuts down (the system bundle is then STOPPING). */
    private boolean frameworkRunning() {
        try {
            Bundle framework = context.getBundle(0);
            return framework != null && framework.getState() == Bundle.ACTIVE;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
