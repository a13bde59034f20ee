package org.parley.system.internal.admin;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.api.admin.AdminCommand;
import org.parley.api.admin.AdminRequest;
import org.parley.system.internal.deploy.BundleControl;
import org.parley.system.internal.deploy.BundleView;

/**
 * Admin command {@code status}: the version, process, uptime, the health of every component and every bundle's
 * state. It answers even when the health or deploy parts are gone, saying so, because that is when it is needed.
 */
@Component(property = AdminCommand.NAME + "=status")
public class StatusCommand implements AdminCommand {

    /** What {@code parleyctl status} shows. */
    public record Status(String service, String version, String java, long pid, Instant startedAt,
            long uptimeSeconds, Object health, List<BundleView> bundles) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(" + AdminCommand.NAME + "=health)")
    private volatile AdminCommand health;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile BundleControl bundles;

    private final String version;

    @Activate
    public StatusCommand(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public Object run(AdminRequest request) {
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        Instant startedAt = Instant.ofEpochMilli(started);
        BundleControl control = bundles;
        return new Status("running", version, System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version"), ProcessHandle.current().pid(), startedAt,
                Duration.between(startedAt, Instant.now()).toSeconds(), HealthView.of(health, request.caller()),
                control == null ? List.of() : control.list());
    }
}
