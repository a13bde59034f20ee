package org.parley.system.internal.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.system.internal.AuditTrail;
import org.parley.system.internal.Caller;

/**
 * What an admin asks of a bundle over REST: list, stop (never a core bundle), start, roll back to the jar kept
 * before its last update. A roll-back of a bundle that has a jar in the deploy folder also writes the kept jar
 * there, so the next start (which re-applies the folder) keeps the rolled-back version. Used from the watcher's
 * thread only.
 */
final class BundleActions {

    private final BundleContext context;
    private final BundleOperations operations;
    private final BundleBackups backups;
    private final DeployedJars deployedJars;
    private final Supplier<Set<String>> coreBundles;
    private final AuditTrail audit;
    private final BundleFailures failures;

    BundleActions(BundleContext context, BundleOperations operations, BundleBackups backups,
            DeployedJars deployedJars, Supplier<Set<String>> coreBundles, AuditTrail audit, BundleFailures failures) {
        this.failures = failures;
        this.context = context;
        this.operations = operations;
        this.backups = backups;
        this.deployedJars = deployedJars;
        this.coreBundles = coreBundles;
        this.audit = audit;
    }

    List<BundleView> list() {
        List<BundleView> views = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            views.add(view(bundle));
        }
        views.sort(Comparator.comparingLong(BundleView::id));
        return views;
    }

    BundleView stop(String symbolicName, Caller caller) {
        Bundle bundle = bundle(symbolicName);
        if (coreBundles.get().contains(symbolicName)) {
            audit.recordOrLog(caller, "bundle.stop", symbolicName, Outcome.DENIED,
                    Map.of("version", bundle.getVersion().toString(), "sha256", operations.runningJarSha256(bundle),
                            "reason", "core bundle"));
            throw ProblemException.conflict(symbolicName + " is a core bundle of Parley and cannot be stopped while "
                    + "it runs (the setting coreBundles of org.parley.system.Deploy lists them)");
        }
        return change(bundle, "bundle.stop", caller, () -> bundle.stop());
    }

    BundleView start(String symbolicName, Caller caller) {
        Bundle bundle = bundle(symbolicName);
        return change(bundle, "bundle.start", caller, () -> bundle.start());
    }

    BundleView rollback(String symbolicName, Caller caller) {
        Bundle bundle = bundle(symbolicName);
        Path kept = latestKept(symbolicName);
        JarCheck check = JarInspector.inspect(kept);
        if (!check.acceptable() || !symbolicName.equals(check.symbolicName())) {
            throw ProblemException.conflict("The kept jar " + kept.getFileName() + " of " + symbolicName
                    + " cannot be used: it " + (check.acceptable() ? "holds another bundle" : check.refusal()));
        }
        if (!operations.update(bundle, kept, check, caller, BundleOperations.ROLLBACK)) {
            throw ProblemException.conflict("Rolling " + symbolicName + " back to " + check.version()
                    + " failed (see the log); it still runs " + bundle.getVersion());
        }
        try {
            Optional<String> deployFile = deployedJars.fileOf(symbolicName);
            if (deployFile.isPresent()) {
                writeIntoDeployFolder(kept, deployFile.get(), check);
            }
            backups.discard(kept);
        } catch (IOException e) {
            throw new ProblemException(500, "Roll-back not kept", symbolicName + " now runs " + check.version()
                    + ", but the deploy folder could not be updated (" + e.getMessage()
                    + "); the next start may apply the newer jar again");
        }
        return view(bundle);
    }

    private void writeIntoDeployFolder(Path kept, String fileName, JarCheck check) throws IOException {
        Path target = deployedJars.folderFile(fileName);
        Path temp = target.resolveSibling(fileName + ".rollback.tmp");
        Files.copy(kept, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        deployedJars.rewritten(fileName, check.symbolicName(), check.sha256());
    }

    private Path latestKept(String symbolicName) {
        try {
            return backups.latest(symbolicName).orElseThrow(() -> ProblemException.conflict(
                    "No earlier jar of " + symbolicName + " is kept, so there is nothing to roll back to"));
        } catch (IOException e) {
            throw new ProblemException(500, "Kept jars unreadable", "The kept jars of " + symbolicName
                    + " cannot be read: " + e.getMessage());
        }
    }

    /** A state change of one bundle. */
    @FunctionalInterface
    private interface Change {
        void run() throws BundleException;
    }

    private BundleView change(Bundle bundle, String action, Caller caller, Change change) {
        Map<String, String> details = Map.of("version", bundle.getVersion().toString(),
                "sha256", operations.runningJarSha256(bundle));
        try {
            change.run();
            failures.forget(bundle.getSymbolicName());
            audit.recordOrLog(caller, action, bundle.getSymbolicName(), Outcome.SUCCESS, details);
            return view(bundle);
        } catch (BundleException | RuntimeException e) {
            failures.remember(bundle.getSymbolicName(), e);
            audit.recordOrLog(caller, action, bundle.getSymbolicName(), Outcome.FAILURE, details);
            throw ProblemException.conflict(action.substring("bundle.".length()) + " of " + bundle.getSymbolicName()
                    + " failed: " + e.getMessage());
        }
    }

    private Bundle bundle(String symbolicName) {
        return operations.find(symbolicName).orElseThrow(() -> ProblemException.notFound(
                "No bundle " + symbolicName + " is installed; GET /api/v1/system/bundles lists them"));
    }

    BundleView view(Bundle bundle) {
        String name = bundle.getSymbolicName();
        boolean fromDeploy = deployedJars.symbolicNames().contains(name) || deployedJars.installedFromFolder(bundle);
        boolean fragment = bundle.getHeaders("").get(org.osgi.framework.Constants.FRAGMENT_HOST) != null;
        return new BundleView(bundle.getBundleId(), name, bundle.getVersion().toString(), state(bundle),
                coreBundles.get().contains(name), fromDeploy ? "deploy" : "packaged", fragment,
                failures.reason(bundle, fragment));
    }

    private static String state(Bundle bundle) {
        switch (bundle.getState()) {
            case Bundle.ACTIVE: return "ACTIVE";
            case Bundle.RESOLVED: return "RESOLVED";
            case Bundle.STARTING: return "STARTING";
            case Bundle.STOPPING: return "STOPPING";
            case Bundle.UNINSTALLED: return "UNINSTALLED";
            default: return "INSTALLED";
        }
    }
}
