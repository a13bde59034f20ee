package org.parley.system.internal.deploy;

/**
 * One installed bundle as {@code /api/v1/system/bundles} shows it.
 *
 * @param state ACTIVE, RESOLVED (also a fragment's normal state), INSTALLED, STARTING, STOPPING
 * @param core whether it is a core bundle, which cannot be stopped
 * @param source {@code packaged} (installed by the launcher) or {@code deploy} (installed or updated from
 *               {@code var/lib/deploy})
 * @param fragment whether it is a fragment (whose normal state is RESOLVED, never ACTIVE)
 * @param failure why it did not resolve or start (the framework's message), null while it runs as it should
 */
public record BundleView(long id, String symbolicName, String version, String state, boolean core, String source,
        boolean fragment, String failure) {
}
