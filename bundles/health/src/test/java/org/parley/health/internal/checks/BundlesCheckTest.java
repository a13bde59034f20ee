package org.parley.health.internal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.parley.api.health.HealthResult;

class BundlesCheckTest {

    @Test
    void activeBundlesAndResolvedFragmentsAreUp() {
        HealthResult result = BundlesCheck.assess(List.of(
                new BundleSnapshot("org.parley.api", Bundle.ACTIVE, false),
                new BundleSnapshot("org.parley.store", Bundle.ACTIVE, false),
                new BundleSnapshot("org.parley.store.fragment", Bundle.RESOLVED, true)));

        assertEquals(HealthResult.up("Parley bundles active: 3"), result);
    }

    @Test
    void warnsNamingEveryParleyBundleNotWhereItShouldBe() {
        HealthResult result = BundlesCheck.assess(List.of(
                new BundleSnapshot("org.parley.store", Bundle.RESOLVED, false),
                new BundleSnapshot("org.parley.audit", Bundle.INSTALLED, false),
                new BundleSnapshot("org.parley.api", Bundle.ACTIVE, false),
                new BundleSnapshot("org.parley.fragment", Bundle.INSTALLED, true)));

        assertEquals(HealthResult.warn(
                "not active: org.parley.audit (INSTALLED), org.parley.fragment (INSTALLED), org.parley.store (RESOLVED)"),
                result);
    }

    @Test
    void othersBundlesDoNotCount() {
        HealthResult result = BundlesCheck.assess(List.of(
                new BundleSnapshot("org.apache.felix.scr", Bundle.RESOLVED, false),
                new BundleSnapshot("org.parleyx.other", Bundle.INSTALLED, false),
                new BundleSnapshot(null, Bundle.INSTALLED, false),
                new BundleSnapshot("org.parley.http", Bundle.ACTIVE, false)));

        assertEquals(HealthResult.up("Parley bundles active: 1"), result);
    }

    @Test
    void aBundleStillStartingIsNotYetActive() {
        assertEquals(HealthResult.warn("not active: org.parley.http (STARTING)"),
                BundlesCheck.assess(List.of(new BundleSnapshot("org.parley.http", Bundle.STARTING, false))));
    }
}
