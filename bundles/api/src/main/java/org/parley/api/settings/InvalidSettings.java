package org.parley.api.settings;

import java.util.List;

/** Settings that cannot be applied; the message names the PID and each attribute at fault. */
public final class InvalidSettings extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<SettingsProblem> problems;

    public InvalidSettings(String pid, List<SettingsProblem> problems) {
        super(pid + ": " + String.join("; ", problems.stream()
                .map(problem -> problem.attribute() + " " + problem.message()).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<SettingsProblem> problems() {
        return problems;
    }
}
