package org.parley.api.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Tells whether a component's configuration is still on its way from a file under {@code etc/conf.d}. At start
 * the framework may activate a component on its defaults a moment before FileInstall delivers the admin's file;
 * a component that must not act on defaults the admin overrode (binding a port, say) waits while this is true.
 */
public final class SettingsFiles {

    /** The property FileInstall adds to every configuration it made from a file. */
    public static final String FILE_PROPERTY = "felix.fileinstall.filename";

    private SettingsFiles() {
    }

    /**
     * @param etc the {@code parley.etc} folder
     * @param pid the component's configuration PID
     * @param properties the configuration the component was given
     * @return true when {@code etc/conf.d/<pid>.cfg} (or {@code .config}) exists but the properties did not come from it
     */
    public static boolean awaitingFile(Path etc, String pid, Map<String, ?> properties) {
        if (properties.get(FILE_PROPERTY) != null) {
            return false;
        }
        Path folder = etc.resolve("conf.d");
        return Files.exists(folder.resolve(pid + ".cfg")) || Files.exists(folder.resolve(pid + ".config"));
    }
}
