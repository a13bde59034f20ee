package org.parley.store.internal.migration;

import java.io.IOException;
import java.util.Locale;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.parley.store.api.Database.Vendor;

/**
 * Finds an owner's scripts from a class of the owning code: in its bundle inside OSGi, else in its class path
 * entry. Layout: {@code db/migration/<owner>/common/} for both databases and
 * {@code db/migration/<owner>/<derby|postgresql>/} where the SQL differs.
 */
final class ScriptLocator {

    static final String ROOT = "db/migration/";

    private ScriptLocator() {
    }

    static OwnerScripts scripts(ScriptFolders folders, String owner, Vendor vendor) throws IOException {
        String base = ROOT + owner + "/";
        return new OwnerScripts(folders.list(base + "common"),
                folders.list(base + vendor.name().toLowerCase(Locale.ROOT)));
    }

    static ScriptFolders foldersOf(Class<?> anchor) {
        Bundle bundle = bundleOf(anchor);
        return bundle != null ? new BundleScriptFolders(bundle) : CodeSourceScriptFolders.of(anchor);
    }

    private static Bundle bundleOf(Class<?> anchor) {
        try {
            return FrameworkUtil.getBundle(anchor);
        } catch (LinkageError e) {
            // Plain JUnit without the OSGi framework API on the class path: the class path rules apply.
            return null;
        }
    }
}
