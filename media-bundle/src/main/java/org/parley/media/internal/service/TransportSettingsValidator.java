package org.parley.media.internal.service;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.parley.api.settings.SettingsProblem;
import org.parley.api.settings.SettingsValidator;

/** Checks a configuration of {@value TransportSettings#PID} before the system bundle applies it. */
@Component(service = SettingsValidator.class,
        property = SettingsValidator.PID_PROPERTY + "=" + TransportSettings.PID)
public final class TransportSettingsValidator implements SettingsValidator {

    @Override
    public List<SettingsProblem> validate(Map<String, Object> properties) {
        return TransportSettings.problems(properties);
    }
}
