package org.parley.system.internal.settings;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;

/** The folders the settings code reads from the launcher's framework properties. */
final class SettingsPaths {

    private SettingsPaths() {
    }

    /** {@code ${parley.var.lib}/config-last-valid}. */
    static Path lastValid(BundleContext context) {
        String varLib = context.getProperty("parley.var.lib");
        if (varLib == null || varLib.isBlank()) {
            throw new IllegalStateException("The framework property parley.var.lib is not set; the launcher sets it");
        }
        return Path.of(varLib, "config-last-valid");
    }

    /** {@code ${parley.etc}}, or null when unset (file names are then shown in full). */
    static Path etc(BundleContext context) {
        String etc = context.getProperty("parley.etc");
        return etc == null || etc.isBlank() ? null : Path.of(etc);
    }
}
