package org.parley.system.internal.deploy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.system.internal.AuditTrail;
import org.parley.system.internal.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the deploy folder to the framework: a new jar installs and starts (or updates in place the bundle of the
 * same symbolic name: never a second copy), a changed jar updates again, a removed jar uninstalls the bundle it
 * installed or returns an updated packaged bundle to its packaged jar. A jar that is not a bundle is refused once
 * (one log line, one audit record) and not looked at again until it changes. Used from the watcher's thread only.
 */
final class DeployedJars {

    private static final Logger LOG = LoggerFactory.getLogger(DeployedJars.class);

    /** What a deploy file was found to be when last handled; {@code symbolicName} is kept across a refusal. */
    private record Deployed(String symbolicName, String sha256, boolean refused) {
    }

    private final DeployFolder folder;
    private final BundleOperations operations;
    private final AuditTrail audit;
    private final Map<String, Deployed> deployed = new HashMap<>();

    DeployedJars(DeployFolder folder, BundleOperations operations, AuditTrail audit) {
        this.folder = folder;
        this.operations = operations;
        this.audit = audit;
    }

    /** One look at the folder, acting on what changed. */
    void scan(long nowMillis, long settleMillis) throws IOException {
        DeployFolder.Changes changes = folder.scan(nowMillis, settleMillis);
        changes.removed().forEach(this::removed);
        changes.changed().forEach(this::changed);
    }

    /** The symbolic names of the bundles that came from the deploy folder. */
    Set<String> symbolicNames() {
        return deployed.values().stream().filter(d -> d.symbolicName() != null).map(Deployed::symbolicName)
                .collect(Collectors.toSet());
    }

    /** The deploy file that holds the bundle, if any. */
    Optional<String> fileOf(String symbolicName) {
        return deployed.entrySet().stream().filter(e -> symbolicName.equals(e.getValue().symbolicName())
                && !e.getValue().refused()).map(Map.Entry::getKey).findFirst();
    }

    /** Records that this bundle wrote the file itself (a roll-back), so it is not applied again. */
    void rewritten(String name, String symbolicName, String sha256) throws IOException {
        deployed.put(name, new Deployed(symbolicName, sha256, false));
        folder.rewritten(folder.directory().resolve(name));
    }

    /** The path of a file in the deploy folder. */
    Path folderFile(String name) {
        return folder.directory().resolve(name);
    }

    /** Whether the bundle was installed from the deploy folder (its location is a file there). */
    boolean installedFromFolder(Bundle bundle) {
        return bundle.getLocation().startsWith(folder.directory().toUri().toString());
    }

    private void changed(DeployFolder.Seen seen) {
        folder.handled(seen);
        JarCheck check = JarInspector.inspect(seen.file());
        Deployed previous = deployed.get(seen.name());
        if (previous != null && previous.sha256().equals(check.sha256())) {
            return;
        }
        if (!check.acceptable()) {
            refuse(seen, check, previous);
            return;
        }
        if (previous != null && previous.symbolicName() != null && !previous.refused()
                && !previous.symbolicName().equals(check.symbolicName())) {
            removed(seen.name());
            folder.handled(seen);
        }
        Optional<Bundle> existing = operations.find(check.symbolicName());
        if (existing.isEmpty()) {
            operations.install(seen.file(), check);
        } else if (!upToDate(existing.get(), check, seen)) {
            operations.update(existing.get(), seen.file(), check, Caller.SYSTEM, "bundle.update");
        }
        deployed.put(seen.name(), new Deployed(check.symbolicName(), check.sha256(), false));
    }

    /**
     * Same version and installed after the file was written: the framework kept it across a restart (a cache that
     * was not wiped), or this bundle was itself refreshed; updating again would only restart it.
     */
    private static boolean upToDate(Bundle bundle, JarCheck check, DeployFolder.Seen seen) {
        return bundle.getVersion().toString().equals(check.version()) && bundle.getLastModified() >= seen.modified();
    }

    private void refuse(DeployFolder.Seen seen, JarCheck check, Deployed previous) {
        LOG.warn("Refused deploy/{}: it {}; nothing was installed and everything else keeps running",
                seen.name(), check.refusal());
        audit.recordOrLog(Caller.SYSTEM, "bundle.install", seen.name(), Outcome.FAILURE,
                Map.of("file", seen.name(), "sha256", check.sha256(), "reason", "the jar " + check.refusal()));
        deployed.put(seen.name(), new Deployed(previous == null ? null : previous.symbolicName(), check.sha256(),
                true));
    }

    private void removed(String name) {
        folder.forget(name);
        Deployed gone = deployed.remove(name);
        if (gone == null || gone.symbolicName() == null) {
            return;
        }
        Optional<Bundle> bundle = operations.find(gone.symbolicName());
        if (bundle.isEmpty()) {
            return;
        }
        if (installedFromFolder(bundle.get())) {
            operations.uninstall(bundle.get(), name);
        } else {
            operations.revertToPackaged(bundle.get(), name);
        }
    }

    /** At start: a bundle installed from a deploy file that no longer exists is uninstalled. */
    void uninstallOrphans(Bundle[] bundles) {
        for (Bundle bundle : bundles) {
            if (bundle.getState() != Bundle.UNINSTALLED && installedFromFolder(bundle)) {
                Path file = Path.of(URI.create(bundle.getLocation()));
                if (!file.toFile().isFile()) {
                    operations.uninstall(bundle, file.getFileName().toString());
                }
            }
        }
    }
}
