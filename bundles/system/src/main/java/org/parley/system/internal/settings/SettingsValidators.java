package org.parley.system.internal.settings;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.api.settings.SettingsValidator;

/**
 * The components' own {@link SettingsValidator} services, by the PID each names in
 * {@value SettingsValidator#PID_PROPERTY}. Shared by the REST path and the file plugin.
 */
@Component(service = SettingsValidators.class)
public class SettingsValidators {

    private record Entry(String pid, SettingsValidator validator) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addValidator(SettingsValidator validator, Map<String, Object> properties) {
        Object pid = properties.get(SettingsValidator.PID_PROPERTY);
        if (pid != null) {
            entries.add(new Entry(pid.toString(), validator));
        }
    }

    void removeValidator(SettingsValidator validator) {
        entries.removeIf(e -> e.validator() == validator);
    }

    /** The validators registered for the PID, possibly none. */
    public List<SettingsValidator> forPid(String pid) {
        return entries.stream().filter(e -> e.pid().equals(pid)).map(Entry::validator).toList();
    }
}
