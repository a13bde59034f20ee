package org.parley.system.internal.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.service.metatype.AttributeDefinition;
import org.parley.api.settings.SettingsProblem;
import org.parley.api.settings.SettingsValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a change to one PID before anything is written: every attribute must exist and fit its Metatype type,
 * cardinality and options; then the component's own validators see the whole configuration as it would be.
 * A {@code null} value in a change removes the attribute, so the component falls back to its default.
 */
final class ConfigurationChecker {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationChecker.class);

    private final Function<String, List<SettingsValidator>> validators;

    ConfigurationChecker(Function<String, List<SettingsValidator>> validators) {
        this.validators = validators;
    }

    CheckedChange check(PidDefinition definition, Map<String, Object> current, Map<String, Object> change) {
        Map<String, Object> stored = new LinkedHashMap<>(current);
        List<SettingsProblem> problems = new ArrayList<>();
        for (Map.Entry<String, Object> entry : change.entrySet()) {
            String id = entry.getKey();
            Optional<AttributeDefinition> ad = definition.attribute(id);
            if (ad.isEmpty()) {
                problems.add(new SettingsProblem(id, definition.pid() + " has no attribute '" + id + "'"));
            } else if (entry.getValue() == null) {
                stored.remove(id);
            } else {
                try {
                    stored.put(id, AttributeRules.typedValue(ad.get(), entry.getValue()));
                } catch (InvalidValueException e) {
                    problems.add(new SettingsProblem(id, id + "='" + ValueConverter.shown(ad.get(), entry.getValue())
                            + "' " + e.reason()));
                }
            }
        }
        Map<String, Object> effective = effective(definition, stored);
        if (problems.isEmpty()) {
            problems.addAll(runValidators(definition.pid(), effective));
        }
        List<String> changed = List.copyOf(change.keySet());
        return new CheckedChange(definition.pid(), stored, effective, changed,
                ChangeValues.of(definition, current, stored, changed), problems);
    }

    /** Metatype defaults overlaid with the configured values. */
    static Map<String, Object> effective(PidDefinition definition, Map<String, Object> configured) {
        Map<String, Object> effective = new LinkedHashMap<>();
        for (AttributeDefinition ad : definition.attributes()) {
            Object fallback = AttributeRules.defaultValue(ad);
            if (fallback != null) {
                effective.put(ad.getID(), fallback);
            }
        }
        effective.putAll(configured);
        return effective;
    }

    /** The problems the PID's own validators find; a validator that throws counts as a problem, not a crash. */
    List<SettingsProblem> runValidators(String pid, Map<String, Object> effective) {
        List<SettingsProblem> problems = new ArrayList<>();
        for (SettingsValidator validator : validators.apply(pid)) {
            try {
                List<SettingsProblem> found = validator.validate(Map.copyOf(effective));
                problems.addAll(found == null ? List.of() : found);
            } catch (RuntimeException e) {
                LOG.warn("The settings validator for {} failed", pid, e);
                problems.add(new SettingsProblem("*", "the validator of " + pid + " failed: " + e));
            }
        }
        return problems;
    }
}
