package org.parley.api.settings;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Checks a complete set of properties for one configuration PID before it is applied. Published as a service
 * with the property {@link #PID_PROPERTY} naming the PID it validates. Must not change any state.
 */
@ConsumerType
public interface SettingsValidator {

    /** Service property: the configuration PID this validator checks. */
    String PID_PROPERTY = "parley.settings.pid";

    /**
     * @param properties the whole configuration as it would be after the change (Metatype types already applied)
     * @return the problems found, empty when the configuration may be applied
     */
    List<SettingsProblem> validate(Map<String, Object> properties);
}
