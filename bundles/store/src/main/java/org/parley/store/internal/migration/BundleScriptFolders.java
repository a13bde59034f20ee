package org.parley.store.internal.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.osgi.framework.Bundle;

/**
 * Scripts packaged in an OSGi bundle, read with {@link Bundle#findEntries} so that the owner's bundle does not have
 * to export or open anything for the store to see them (its fragments are included).
 */
final class BundleScriptFolders implements ScriptFolders {

    private final Bundle bundle;

    BundleScriptFolders(Bundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public List<ScriptResource> list(String folder) throws IOException {
        Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
        if (entries == null) {
            return List.of();
        }
        List<ScriptResource> scripts = new ArrayList<>();
        for (URL entry : Collections.list(entries)) {
            String path = entry.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = entry.openStream()) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                scripts.add(new ScriptResource(folder + "/" + name, bundle.getSymbolicName() + ":" + path, sql));
            }
        }
        return scripts;
    }
}
