package org.parley.store.internal.settings;

import java.util.List;
import java.util.stream.Collectors;
import org.parley.api.settings.SettingsProblem;

/**
 * The outcome of checking one configuration: the settings when they are valid, else the problems.
 *
 * @param settings the valid settings, {@code null} when there are problems
 * @param problems what is wrong, attribute by attribute; empty when valid
 */
public record SettingsCheck(DatabaseSettings settings, List<SettingsProblem> problems) {

    public SettingsCheck {
        problems = List.copyOf(problems);
    }

    /**
     * The settings, or an exception naming the PID and every attribute at fault (what SCR logs when activation
     * fails).
     */
    public DatabaseSettings orThrow(String pid) {
        if (problems.isEmpty()) {
            return settings;
        }
        String reasons = problems.stream()
                .map(problem -> problem.attribute() + ": " + problem.message())
                .collect(Collectors.joining("; "));
        throw new IllegalArgumentException("invalid configuration " + pid + ": " + reasons);
    }
}
