package org.parley.system.internal.database;

import java.io.IOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.parley.api.rest.ProblemException;
import org.parley.api.settings.SettingsProblem;
import org.parley.api.settings.SettingsValidator;

/**
 * Writes the store's connection settings for the switch. It goes to ConfigAdmin directly, after the store's own
 * {@link SettingsValidator} accepted the whole resulting configuration, instead of through the settings service:
 * that service audits {@code settings.change} right after writing, on the audit trail of the database being
 * replaced at that very moment, and undoes the change when that record fails, which would race the store's
 * re-registration. The move audits the change on the new database instead.
 */
final class StoreSettingsWriter {

    private StoreSettingsWriter() {
    }

    /** @return the attribute names changed */
    static List<String> write(ConfigurationAdmin configAdmin, SettingsValidator validator,
            Map<String, Object> change) {
        try {
            Configuration configuration = configAdmin.getConfiguration(TargetBody.PID, "?");
            Dictionary<String, Object> properties = configuration.getProperties() == null ? new Hashtable<>()
                    : configuration.getProperties();
            change.forEach((attribute, value) -> {
                if (value == null) {
                    properties.remove(attribute);
                } else {
                    properties.put(attribute, value);
                }
            });
            List<SettingsProblem> problems = validator.validate(asMap(properties));
            if (!problems.isEmpty()) {
                SettingsProblem first = problems.get(0);
                throw ProblemException.invalid(first.attribute(), TargetBody.PID + ": " + first.attribute() + " "
                        + first.message() + ". Nothing was changed.");
            }
            configuration.update(properties);
            return List.copyOf(change.keySet());
        } catch (IOException e) {
            throw new ProblemException(500, "Settings not saved", "Saving " + TargetBody.PID + " failed ("
                    + e.getMessage() + "); the appliance stays on the embedded database.");
        }
    }

    private static Map<String, Object> asMap(Dictionary<String, Object> properties) {
        Map<String, Object> map = new HashMap<>();
        Collections.list(properties.keys()).forEach(key -> map.put(key, properties.get(key)));
        return map;
    }
}
