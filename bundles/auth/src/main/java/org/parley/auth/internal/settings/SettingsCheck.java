package org.parley.auth.internal.settings;

/** Range checks whose message names the PID and attribute, as every Parley setting's error must. */
final class SettingsCheck {

    private SettingsCheck() {
    }

    static int range(String pid, String attribute, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(pid + ": " + attribute + " must be between " + min + " and " + max
                    + ", not " + value);
        }
        return value;
    }
}
