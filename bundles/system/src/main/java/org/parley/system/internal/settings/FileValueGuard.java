package org.parley.system.internal.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.osgi.service.metatype.AttributeDefinition;
import org.parley.api.settings.SettingsProblem;

/**
 * Decides what a component gets when its delivered configuration holds bad values: each bad attribute is replaced
 * by its last valid value, or else its Metatype default, or else removed; the problem is described naming the file
 * and the attribute ("etc/conf.d/x.cfg: poolSize='abc' is not an integer; keeping 10"). Values that pass are
 * remembered as the new last valid ones.
 */
final class FileValueGuard {

    /**
     * @param properties the configuration the component should get
     * @param problems what was refused, for the health check
     */
    record Outcome(Map<String, Object> properties, List<String> problems) {
    }

    private final LastValidStore lastValid;
    private final ConfigurationChecker checker;

    FileValueGuard(LastValidStore lastValid, ConfigurationChecker checker) {
        this.lastValid = lastValid;
        this.checker = checker;
    }

    Outcome guard(PidDefinition definition, Map<String, Object> delivered, String sourceLabel) {
        Map<String, Object> properties = new LinkedHashMap<>(delivered);
        Map<String, String> kept = lastValid.recall(definition.pid());
        Map<String, String> valid = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (AttributeDefinition ad : definition.attributes()) {
            Object raw = properties.get(ad.getID());
            if (raw == null) {
                continue;
            }
            try {
                valid.put(ad.getID(), ValueConverter.encode(AttributeRules.typedValue(ad, raw)));
            } catch (InvalidValueException e) {
                String what = ad.getID() + "='" + ValueConverter.shown(ad, raw) + "' " + e.reason();
                problems.add(replace(properties, ad, kept, sourceLabel, what));
            }
        }
        Map<String, Object> effective = ConfigurationChecker.effective(definition, typed(definition, properties));
        for (SettingsProblem problem : checker.runValidators(definition.pid(), effective)) {
            Optional<AttributeDefinition> ad = definition.attribute(problem.attribute());
            valid.remove(problem.attribute());
            problems.add(ad.isPresent() ? replace(properties, ad.get(), kept, sourceLabel, problem.message())
                    : sourceLabel + ": " + problem.message());
        }
        lastValid.remember(definition.pid(), valid);
        return new Outcome(properties, problems);
    }

    /** Puts the fallback in place of the bad value and says what was kept. */
    private static String replace(Map<String, Object> properties, AttributeDefinition ad, Map<String, String> kept,
            String sourceLabel, String what) {
        Object fallback = fallback(ad, kept.get(ad.getID()));
        if (fallback == null) {
            properties.remove(ad.getID());
            return sourceLabel + ": " + what + "; using the component's built-in default";
        }
        properties.put(ad.getID(), fallback);
        return sourceLabel + ": " + what + "; keeping " + ValueConverter.shown(ad, fallback);
    }

    private static Object fallback(AttributeDefinition ad, String keptText) {
        if (keptText != null) {
            try {
                return ValueConverter.decode(ad, keptText);
            } catch (InvalidValueException e) {
                // The attribute's type changed since the value was kept: the default is the safer choice.
            }
        }
        return AttributeRules.defaultValue(ad);
    }

    /** The delivered values typed by Metatype where they convert (files deliver strings). */
    private static Map<String, Object> typed(PidDefinition definition, Map<String, Object> properties) {
        Map<String, Object> typed = new LinkedHashMap<>(properties);
        for (AttributeDefinition ad : definition.attributes()) {
            Object raw = typed.get(ad.getID());
            if (raw != null) {
                try {
                    typed.put(ad.getID(), ValueConverter.convert(ad, raw));
                } catch (InvalidValueException e) {
                    typed.remove(ad.getID());
                }
            }
        }
        return typed;
    }
}
