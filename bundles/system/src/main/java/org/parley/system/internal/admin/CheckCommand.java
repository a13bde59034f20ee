package org.parley.system.internal.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.api.admin.AdminCommand;
import org.parley.api.admin.AdminRequest;
import org.parley.system.internal.settings.SettingsService;
import org.parley.system.internal.settings.SettingsViews.PidSettings;

/**
 * Admin command {@code check}: the running service's side of {@code parleyctl check}: the ports in force (from the
 * settings, whatever set them: file, console or default) and the full health report. The client adds what it can
 * see for itself (CPU, memory, disk, DNS, clock, ports, certificate).
 */
@Component(property = AdminCommand.NAME + "=check")
public class CheckCommand implements AdminCommand {

    static final String FRONT_DOOR = "org.parley.http.FrontDoor";
    static final String MEDIA = "org.parley.media.Transport";

    /** Ports by role ({@code https}, {@code http}, {@code mediaUdp}, {@code mediaTcp}; 0 = off) and the health. */
    public record ServiceView(Map<String, Integer> ports, Object health) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(" + AdminCommand.NAME + "=health)")
    private volatile AdminCommand health;

    private final SettingsService settings;

    @Activate
    public CheckCommand(@Reference SettingsService settings) {
        this.settings = settings;
    }

    @Override
    public Object run(AdminRequest request) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        port(ports, "https", FRONT_DOOR, "httpsPort");
        port(ports, "http", FRONT_DOOR, "httpPort");
        port(ports, "mediaUdp", MEDIA, "udpPort");
        port(ports, "mediaTcp", MEDIA, "tcpPort");
        return new ServiceView(ports, HealthView.of(health, request.caller()));
    }

    /** A PID whose bundle is not running is left out: the client then falls back to what the files say. */
    private void port(Map<String, Integer> ports, String role, String pid, String attribute) {
        try {
            PidSettings found = settings.get(pid);
            found.attributes().stream().filter(a -> a.id().equals(attribute)).findFirst()
                    .map(a -> Integer.valueOf(a.value().toString())).ifPresent(value -> ports.put(role, value));
        } catch (RuntimeException e) {
            // unknown PID (bundle stopped) or a value that is not a number: nothing to report for this role
        }
    }
}
