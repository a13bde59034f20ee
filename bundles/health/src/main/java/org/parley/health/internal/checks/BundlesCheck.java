package org.parley.health.internal.checks;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;

/**
 * Health component {@code bundles}: every bundle whose symbolic name starts with {@code org.parley.} is ACTIVE
 * (fragments RESOLVED); WARN naming the ones that are not.
 */
@Component(service = HealthCheck.class)
public class BundlesCheck implements HealthCheck {

    static final String PREFIX = "org.parley.";

    private final BundleContext context;

    @Activate
    public BundlesCheck(BundleContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "bundles";
    }

    @Override
    public HealthResult check() {
        return assess(Arrays.stream(context.getBundles()).map(BundleSnapshot::of).toList());
    }

    /** The verdict over a list of bundles; only Parley's own count. */
    static HealthResult assess(List<BundleSnapshot> bundles) {
        List<BundleSnapshot> parley = bundles.stream()
                .filter(bundle -> bundle.symbolicName() != null && bundle.symbolicName().startsWith(PREFIX))
                .toList();
        String misplaced = parley.stream()
                .filter(bundle -> !bundle.isWhereItShouldBe())
                .map(BundleSnapshot::describe)
                .sorted()
                .collect(Collectors.joining(", "));
        if (!misplaced.isEmpty()) {
            return HealthResult.warn("not active: " + misplaced);
        }
        return HealthResult.up("Parley bundles active: " + parley.size());
    }
}
