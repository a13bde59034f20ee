package org.parley.health.internal.checks;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * What the bundles check needs to know of one bundle, copied out of the framework.
 *
 * @param symbolicName the bundle's symbolic name (may be null for a legacy bundle)
 * @param state the OSGi state, e.g. {@link Bundle#ACTIVE}
 * @param fragment whether it is a fragment (which never becomes ACTIVE, only RESOLVED)
 */
record BundleSnapshot(String symbolicName, int state, boolean fragment) {

    static BundleSnapshot of(Bundle bundle) {
        return new BundleSnapshot(bundle.getSymbolicName(), bundle.getState(),
                bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null);
    }

    /** ACTIVE for a bundle, RESOLVED for a fragment. */
    boolean isWhereItShouldBe() {
        return state == (fragment ? Bundle.RESOLVED : Bundle.ACTIVE);
    }

    /** e.g. {@code org.parley.store (RESOLVED)}. */
    String describe() {
        return symbolicName + " (" + stateName() + ")";
    }

    private String stateName() {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "state " + state;
        };
    }
}
