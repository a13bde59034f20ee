package org.parley.system.internal.settings;

import java.util.List;
import java.util.Map;
import org.parley.api.settings.SettingsProblem;

/**
 * The outcome of checking one PID's change.
 *
 * @param stored the properties to hand to ConfigAdmin (what was configured before, with the change applied)
 * @param effective what the component would see: Metatype defaults overlaid with {@code stored}
 * @param changed the attribute names the change touches
 * @param values the before and after value of each changed attribute, for the audit trail ({@link ChangeValues})
 * @param problems why it cannot be applied; empty when it may be
 */
record CheckedChange(String pid, Map<String, Object> stored, Map<String, Object> effective, List<String> changed,
        Map<String, String> values, List<SettingsProblem> problems) {

    boolean acceptable() {
        return problems.isEmpty();
    }
}
