package org.parley.store.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.parley.api.settings.SettingsProblem;
import org.parley.api.settings.SettingsValidator;
import org.parley.store.internal.settings.SettingsParser;

/**
 * Lets the system bundle refuse bad database settings before they reach ConfigAdmin: the same checks the
 * database component runs when it activates (URL form, user, password or password file, TLS CA, pool limits).
 */
@Component(service = SettingsValidator.class,
        property = SettingsValidator.PID_PROPERTY + "=" + DatabaseComponent.PID)
public final class DatabaseSettingsValidator implements SettingsValidator {

    private Path secretsDir;

    @Activate
    void activate(BundleContext context) {
        secretsDir = RuntimePaths.secrets(context);
    }

    @Override
    public List<SettingsProblem> validate(Map<String, Object> properties) {
        return SettingsParser.check(properties, secretsDir).problems();
    }
}
