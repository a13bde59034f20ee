package org.parley.system.internal.settings;

import java.util.List;

/** The JSON shapes of {@code /api/v1/settings}. */
public final class SettingsViews {

    private SettingsViews() {
    }

    /**
     * One configurable PID.
     *
     * @param source {@code default} (nothing stored), {@code console} (set through REST) or {@code file}
     * @param managedBy the file under {@code etc/conf.d} that sets it, or null
     * @param readOnly true when a file manages it: change the file instead
     * @param problems what was refused from the file (the last valid values are used instead)
     */
    public record PidSettings(String pid, boolean factory, String bundle, String name, String description,
            String source, String managedBy, boolean readOnly, List<AttributeSetting> attributes,
            List<String> problems) {
    }

    /**
     * One attribute. A password's value is never returned: {@code value} is a placeholder and {@code set} says
     * whether one is stored.
     *
     * @param cardinality 0 for one value, otherwise the most values it takes (negative: a list)
     * @param value the value in force (stored, or the default)
     * @param set whether a value is stored for it
     * @param source {@code default}, {@code console} or {@code file}
     */
    public record AttributeSetting(String id, String name, String description, String type, Object defaultValue,
            int cardinality, List<OptionView> options, Object value, boolean set, String source) {
    }

    /** One allowed value of an attribute with options. */
    public record OptionView(String value, String label) {
    }
}
