package org.parley.system.internal.settings;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a configuration came from: FileInstall marks those it created from {@code etc/conf.d/*.cfg} with
 * {@value #FILE_PROPERTY}; any other stored configuration was made through the console or REST.
 */
final class SettingsSource {

    /** The property FileInstall adds to a configuration it manages: the file's URL. */
    static final String FILE_PROPERTY = "felix.fileinstall.filename";

    static final String DEFAULT = "default";
    static final String CONSOLE = "console";
    static final String FILE = "file";

    private SettingsSource() {
    }

    /** The file's name as an admin sees it ({@code etc/conf.d/x.cfg} under the Parley etc root), or null. */
    static String managedBy(Map<String, Object> properties, Path etcRoot) {
        Object url = properties == null ? null : properties.get(FILE_PROPERTY);
        return url == null ? null : label(url.toString(), etcRoot);
    }

    static String label(String fileUrl, Path etcRoot) {
        Path file;
        try {
            file = fileUrl.startsWith("file:") ? Path.of(URI.create(fileUrl)) : Path.of(fileUrl);
        } catch (IllegalArgumentException e) {
            return fileUrl;
        }
        if (etcRoot != null && file.normalize().startsWith(etcRoot.normalize())) {
            return "etc/" + etcRoot.normalize().relativize(file.normalize()).toString().replace('\\', '/');
        }
        return file.toString();
    }
}
