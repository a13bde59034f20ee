package org.parley.system.internal.settings;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Component;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;

/**
 * Values refused from hand-edited files, by PID, as the {@code settings} health check. A PID's entry is replaced at
 * each delivery of its configuration and dropped when the configuration is deleted (file removed).
 */
@Component(service = {FileProblems.class, HealthCheck.class, ConfigurationListener.class})
public class FileProblems implements HealthCheck, ConfigurationListener {

    private final Map<String, List<String>> problems = new TreeMap<>();

    /** Replaces what is known about the PID; an empty list means its file is fine. */
    public synchronized void report(String pid, List<String> messages) {
        if (messages.isEmpty()) {
            problems.remove(pid);
        } else {
            problems.put(pid, List.copyOf(messages));
        }
    }

    public synchronized List<String> of(String pid) {
        return problems.getOrDefault(pid, List.of());
    }

    @Override
    public String name() {
        return "settings";
    }

    @Override
    public synchronized HealthResult check() {
        if (problems.isEmpty()) {
            return HealthResult.up("every setting is valid");
        }
        return HealthResult.warn(String.join("; ", problems.values().stream().flatMap(List::stream).toList()));
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (event.getType() == ConfigurationEvent.CM_DELETED) {
            report(event.getPid(), List.of());
        }
    }
}
