package org.parley.api.settings;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads typed values from a configuration as ConfigAdmin, a settings file or a JSON body gives them (a String[], a
 * list or one string; a number or its text), collecting every problem rather than stopping at the first, so one
 * answer names every attribute at fault. Not thread-safe: one reader per parse.
 */
public final class SettingsReader {

    private final Map<String, ?> properties;
    private final List<SettingsProblem> problems = new ArrayList<>();

    public SettingsReader(Map<String, ?> properties) {
        this.properties = properties;
    }

    /** The value as text, stripped; the fallback when absent. */
    public String text(String attribute, String fallback) {
        Object value = properties.get(attribute);
        return value == null ? fallback : value.toString().strip();
    }

    public boolean flag(String attribute, boolean fallback) {
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

    public int integer(String attribute, int fallback, int min, int max) {
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
    public List<String> list(String attribute) {
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

    public void problem(String attribute, String message) {
        problems.add(new SettingsProblem(attribute, message));
    }

    public List<SettingsProblem> problems() {
        return List.copyOf(problems);
    }

    /** @throws InvalidSettings naming the PID and every problem found so far */
    public void throwIfProblems(String pid) {
        if (!problems.isEmpty()) {
            throw new InvalidSettings(pid, problems);
        }
    }
}
