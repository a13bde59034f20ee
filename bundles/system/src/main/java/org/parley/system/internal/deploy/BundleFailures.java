package org.parley.system.internal.deploy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;

/**
 * Why a bundle last failed to resolve or start, by symbolic name, so {@code GET /api/v1/system/bundles} can say it:
 * from the framework's ERROR events (starts the framework itself attempted) and from this bundle's own installs,
 * updates and starts. A later success forgets it.
 */
final class BundleFailures implements FrameworkListener {

    private final Map<String, String> reasons = new ConcurrentHashMap<>();

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        Bundle bundle = event.getBundle();
        if (event.getType() == FrameworkEvent.ERROR && bundle != null && bundle.getSymbolicName() != null
                && event.getThrowable() != null) {
            remember(bundle.getSymbolicName(), event.getThrowable());
        }
    }

    void remember(String symbolicName, Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        reasons.put(symbolicName, message);
    }

    void forget(String symbolicName) {
        reasons.remove(symbolicName);
    }

    /** The reason shown for a bundle that is not running as it should, or null. */
    String reason(Bundle bundle, boolean fragment) {
        int state = bundle.getState();
        if (state == Bundle.ACTIVE || state == Bundle.STARTING || fragment && state == Bundle.RESOLVED) {
            return null;
        }
        String reason = reasons.get(bundle.getSymbolicName());
        if (reason == null && state == Bundle.INSTALLED) {
            return "not resolved: a package or capability it requires is missing (the log names it)";
        }
        return reason;
    }
}
