package org.parley.auth.internal.ldap;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.parley.api.settings.SettingsProblem;
import org.parley.api.settings.SettingsValidator;

/** Checks a configuration of {@value DirectorySettings#PID} (URLs, PEM, DNs, filters, mapping) before it applies. */
@Component(service = SettingsValidator.class,
        property = SettingsValidator.PID_PROPERTY + "=" + DirectorySettings.PID)
public final class DirectorySettingsValidator implements SettingsValidator {

    @Override
    public List<SettingsProblem> validate(Map<String, Object> properties) {
        return DirectorySettings.problems(properties);
    }
}
