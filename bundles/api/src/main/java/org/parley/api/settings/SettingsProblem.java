package org.parley.api.settings;

import java.util.Objects;

/**
 * One reason a configuration cannot be applied.
 *
 * @param attribute the attribute (property key) at fault
 * @param message what is wrong and what value would be accepted; never echoes a secret
 */
public record SettingsProblem(String attribute, String message) {
    public SettingsProblem {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(message, "message");
    }
}
