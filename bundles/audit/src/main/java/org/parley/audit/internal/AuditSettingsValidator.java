package org.parley.audit.internal;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.parley.api.settings.SettingsProblem;
import org.parley.api.settings.SettingsValidator;

/** Checks a configuration of {@value AuditSettings#PID} before the system bundle applies it. */
@Component(service = SettingsValidator.class, property = SettingsValidator.PID_PROPERTY + "=" + AuditSettings.PID)
public final class AuditSettingsValidator implements SettingsValidator {

    @Override
    public List<SettingsProblem> validate(Map<String, Object> properties) {
        return AuditSettings.problems(properties);
    }
}
