package org.parley.system.internal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.system.internal.AuditTrail;
import org.parley.system.internal.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes to installed bundles, each audited ({@code bundle.install}, {@code bundle.update},
 * {@code bundle.uninstall}, {@code bundle.rollback}; target the symbolic name; details version, sha256, file).
 * Before a bundle is replaced its jar is kept for roll-back. After an update or uninstall the framework is
 * refreshed for the bundle's dependents and waited for. Not thread-safe: the watcher calls it from one thread.
 */
final class BundleOperations {

    private static final Logger LOG = LoggerFactory.getLogger(BundleOperations.class);
    private static final long REFRESH_TIMEOUT_SECONDS = 60;
    static final String ROLLBACK = "bundle.rollback";

    private final BundleContext context;
    private final BundleBackups backups;
    private final AuditTrail audit;

    private final BundleFailures failures;
    /** The SHA-256 of the jar each bundle last got from here (install, update, roll-back), by symbolic name. */
    private final Map<String, String> appliedJars = new ConcurrentHashMap<>();

    BundleOperations(BundleContext context, BundleBackups backups, AuditTrail audit, BundleFailures failures) {
        this.context = context;
        this.backups = backups;
        this.audit = audit;
        this.failures = failures;
    }

    /** The installed bundle with this symbolic name (the highest version if several), if any. */
    Optional<Bundle> find(String symbolicName) {
        return Arrays.stream(context.getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED)
                .max(Comparator.comparing(Bundle::getVersion));
    }

    /**
     * The SHA-256 of the jar the bundle runs: the one this class last applied to it, else its location's file when
     * that is the running version (a packaged bundle never replaced), else "unknown" with the reason.
     */
    String runningJarSha256(Bundle bundle) {
        String applied = appliedJars.get(bundle.getSymbolicName());
        if (applied != null) {
            return applied;
        }
        try {
            Path file = Path.of(URI.create(bundle.getLocation()));
            JarCheck check = JarInspector.inspect(file);
            return check.acceptable() && check.version().equals(bundle.getVersion().toString()) ? check.sha256()
                    : "unknown (its location holds another version)";
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return "unknown (its location " + bundle.getLocation() + " is no file)";
        }
    }

    /** Installs a new bundle from the deploy folder (its location is the file's URI) and starts it. */
    void install(Path jar, JarCheck check) {
        Map<String, String> details = details(check.version(), check.sha256(), jar);
        try (InputStream in = Files.newInputStream(jar)) {
            Bundle bundle = context.installBundle(jar.toUri().toString(), in);
            if (!check.fragment()) {
                bundle.start();
            }
            failures.forget(check.symbolicName());
            appliedJars.put(check.symbolicName(), check.sha256());
            LOG.info("Installed {} {} from {}", check.symbolicName(), check.version(), jar.getFileName());
            audit.recordOrLog(Caller.SYSTEM, "bundle.install", check.symbolicName(), Outcome.SUCCESS, details);
        } catch (BundleException | IOException | RuntimeException e) {
            LOG.error("Installing {} from {} failed: {}", check.symbolicName(), jar.getFileName(), e.getMessage());
            failures.remember(check.symbolicName(), e);
            details.put("reason", String.valueOf(e.getMessage()));
            audit.recordOrLog(Caller.SYSTEM, "bundle.install", check.symbolicName(), Outcome.FAILURE, details);
        }
    }

    /**
     * Replaces an installed bundle in place by the jar. An update keeps the previous jar first; a roll-back does
     * not (the jar it leaves is the one in the deploy folder), so repeated roll-backs step further back.
     */
    boolean update(Bundle bundle, Path jar, JarCheck check, Caller caller, String action) {
        Map<String, String> details = details(check.version(), check.sha256(), jar);
        details.put("previousVersion", bundle.getVersion().toString());
        try {
            if (!ROLLBACK.equals(action)) {
                keep(bundle);
            }
            try (InputStream in = Files.newInputStream(jar)) {
                bundle.update(in);
            }
            refresh(bundle);
            failures.forget(check.symbolicName());
            appliedJars.put(check.symbolicName(), check.sha256());
            LOG.info("{}: {} {} -> {} from {}", action, check.symbolicName(), details.get("previousVersion"),
                    check.version(), jar.getFileName());
            audit.recordOrLog(caller, action, check.symbolicName(), Outcome.SUCCESS, details);
            return true;
        } catch (BundleException | IOException | RuntimeException e) {
            LOG.error("{} of {} from {} failed: {}", action, check.symbolicName(), jar.getFileName(), e.getMessage());
            failures.remember(check.symbolicName(), e);
            details.put("reason", String.valueOf(e.getMessage()));
            audit.recordOrLog(caller, action, check.symbolicName(), Outcome.FAILURE, details);
            return false;
        }
    }

    /** Uninstalls a bundle the deploy folder installed, whose jar was removed. */
    void uninstall(Bundle bundle, String file) {
        String name = bundle.getSymbolicName();
        Map<String, String> details = new LinkedHashMap<>(Map.of("version", bundle.getVersion().toString(),
                "file", file));
        try {
            bundle.uninstall();
            refresh(bundle);
            LOG.info("Uninstalled {} {}: {} was removed from the deploy folder", name, bundle.getVersion(), file);
            audit.recordOrLog(Caller.SYSTEM, "bundle.uninstall", name, Outcome.SUCCESS, details);
        } catch (BundleException | RuntimeException e) {
            LOG.error("Uninstalling {} failed: {}", name, e.getMessage());
            details.put("reason", String.valueOf(e.getMessage()));
            audit.recordOrLog(Caller.SYSTEM, "bundle.uninstall", name, Outcome.FAILURE, details);
        }
    }

    /**
     * Returns a packaged bundle that the deploy folder had updated to its packaged jar (the bundle's location),
     * once that deploy jar is removed.
     */
    void revertToPackaged(Bundle bundle, String file) {
        String name = bundle.getSymbolicName();
        Map<String, String> details = new LinkedHashMap<>(Map.of("previousVersion", bundle.getVersion().toString(),
                "file", bundle.getLocation(), "reason", file + " was removed from the deploy folder"));
        try {
            Path packaged = Path.of(URI.create(bundle.getLocation()));
            details.put("sha256", JarInspector.sha256(packaged));
            appliedJars.remove(name);
            keep(bundle);
            bundle.update();
            refresh(bundle);
            details.put("version", bundle.getVersion().toString());
            LOG.info("Rolled {} back to its packaged jar {} ({})", name, bundle.getLocation(), bundle.getVersion());
            audit.recordOrLog(Caller.SYSTEM, ROLLBACK, name, Outcome.SUCCESS, details);
        } catch (BundleException | IOException | RuntimeException e) {
            LOG.error("Rolling {} back to its packaged jar failed: {}", name, e.getMessage());
            details.put("error", String.valueOf(e.getMessage()));
            audit.recordOrLog(Caller.SYSTEM, ROLLBACK, name, Outcome.FAILURE, details);
        }
    }

    /** Keeps the bundle's current jar for roll-back. */
    void keep(Bundle bundle) throws IOException {
        Path kept = backups.keep(bundle.getSymbolicName(), bundle.getVersion().toString(),
                BundleContents.of(bundle));
        LOG.debug("Kept {} {} as {}", bundle.getSymbolicName(), bundle.getVersion(), kept);
    }

    /** Refreshes the bundle and its dependents, and waits until the framework is done. */
    void refresh(Bundle bundle) {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(List.of(bundle), event -> done.countDown());
        try {
            if (!done.await(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Refreshing after the change of {} has not finished after {} s",
                        bundle.getSymbolicName(), REFRESH_TIMEOUT_SECONDS);
            }
        } catch (InterruptedException e) {
            // This bundle itself is being refreshed or stopped: the framework finishes the refresh on its own.
            Thread.currentThread().interrupt();
        }
    }

    static Map<String, String> details(String version, String sha256, Path jar) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("version", version);
        details.put("sha256", sha256);
        details.put("file", jar.getFileName().toString());
        return details;
    }
}
