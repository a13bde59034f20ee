package org.parley.store.internal;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;

/** The appliance's folders, from the framework properties that the launcher sets. */
final class RuntimePaths {

    static final String ETC = "parley.etc";
    static final String VAR_LIB = "parley.var.lib";

    private RuntimePaths() {
    }

    /** {@code ${parley.etc}}: admin-edited settings and secrets. */
    static Path etc(BundleContext context) {
        return folder(context, ETC);
    }

    /** {@code ${parley.etc}/secrets}: where relative secret file names are resolved. */
    static Path secrets(BundleContext context) {
        return folder(context, ETC).resolve("secrets");
    }

    /** {@code ${parley.var.lib}/db/parley}: the embedded Derby database (Derby wants a directory of its own). */
    static Path derbyDatabase(BundleContext context) {
        return folder(context, VAR_LIB).resolve("db").resolve("parley");
    }

    private static Path folder(BundleContext context, String property) {
        String value = context.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("framework property " + property + " is not set; start Parley with"
                    + " its launcher, which sets it");
        }
        return Path.of(value);
    }
}
