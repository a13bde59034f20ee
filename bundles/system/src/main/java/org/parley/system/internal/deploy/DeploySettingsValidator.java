package org.parley.system.internal.deploy;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.parley.api.settings.SettingsProblem;
import org.parley.api.settings.SettingsValidator;

/** Refuses {@code trustedSigners} values that are not PEM certificates before they reach the deploy watcher. */
@Component(property = SettingsValidator.PID_PROPERTY + "=" + DeployWatcher.PID)
public class DeploySettingsValidator implements SettingsValidator {

    @Override
    public List<SettingsProblem> validate(Map<String, Object> properties) {
        Object value = properties.get("trustedSigners");
        String[] signers = value instanceof String[] array ? array
                : value instanceof java.util.Collection<?> list ? list.stream().map(String::valueOf)
                        .toArray(String[]::new)
                : value == null ? new String[0] : new String[] {String.valueOf(value)};
        try {
            TrustedSigners.parse(signers);
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(new SettingsProblem("trustedSigners", e.getMessage()));
        }
    }
}
