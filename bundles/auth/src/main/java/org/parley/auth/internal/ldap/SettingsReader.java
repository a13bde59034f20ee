package org.parley.auth.internal.ldap;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.parley.api.settings.SettingsProblem;

/**
 * Reads typed values from a configuration as ConfigAdmin, a settings file or a JSON body gives them (a String[],
 * a list or one string; a number or its text), collecting every problem rather than stopping at the first.
 */
final class SettingsReader {

    private final Map<String, ?> properties;
    private final List<SettingsProblem> problems = new ArrayList<>();

    SettingsReader(Map<String, ?> properties) {
        this.properties = properties;
    }

    String text(String attribute, String fallback) {
        Object value = properties.get(attribute);
        return value == null ? fallback : value.toString().strip();
    }

    boolean flag(String attribute, boolean fallback) {
        Object value = properties.get(attribute);
        if (value == null) {
            return fallback;
        }
        String text = value.toString().strip();
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            problem(attribute, "must be true or false, not '" + text + "'");
            return fallback;
        }
        return Boolean.parseBoolean(text);
    }

    int integer(String attribute, int fallback, int min, int max) {
        Object value = properties.get(attribute);
        int parsed;
        try {
            parsed = value == null ? fallback : value instanceof Number n ? n.intValue()
                    : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            problem(attribute, "must be a whole number from " + min + " to " + max + ", not '" + value + "'");
            return fallback;
        }
        if (parsed < min || parsed > max) {
            problem(attribute, "must be from " + min + " to " + max + ", not " + parsed);
        }
        return parsed;
    }

    /** The non-blank entries of a multi-valued attribute, stripped. */
    List<String> list(String attribute) {
        Object value = properties.get(attribute);
        List<Object> raw = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            raw.addAll(collection);
        } else if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                raw.add(Array.get(value, i));
            }
        } else if (value != null) {
            raw.add(value);
        }
        return raw.stream().filter(item -> item != null && !item.toString().isBlank())
                .map(item -> item.toString().strip()).toList();
    }

    void problem(String attribute, String message) {
        problems.add(new SettingsProblem(attribute, message));
    }

    List<SettingsProblem> problems() {
        return List.copyOf(problems);
    }
}
