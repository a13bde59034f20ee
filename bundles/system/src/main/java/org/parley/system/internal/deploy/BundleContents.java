package org.parley.system.internal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.osgi.framework.Bundle;

/**
 * The jar an installed bundle came from, to keep before it is replaced: the file of its location when that still
 * holds the same symbolic name and version, else a jar rebuilt from the bundle's own entries (manifest first).
 */
final class BundleContents {

    private BundleContents() {
    }

    static BundleBackups.JarWriter of(Bundle bundle) {
        Path original = locationFile(bundle);
        if (original != null) {
            JarCheck check = JarInspector.inspect(original);
            if (check.acceptable() && check.symbolicName().equals(bundle.getSymbolicName())
                    && check.version().equals(bundle.getVersion().toString())) {
                return out -> Files.copy(original, out);
            }
        }
        return out -> rebuild(bundle, out);
    }

    private static Path locationFile(Bundle bundle) {
        String location = bundle.getLocation();
        if (location == null || !location.startsWith("file:")) {
            return null;
        }
        try {
            Path file = Path.of(URI.create(location));
            return Files.isRegularFile(file) ? file : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void rebuild(Bundle bundle, OutputStream target) throws IOException {
        JarOutputStream jar = new JarOutputStream(target);
        copyEntry(jar, "META-INF/", null);
        copyEntry(jar, "META-INF/MANIFEST.MF", bundle.getEntry("META-INF/MANIFEST.MF"));
        Enumeration<URL> found = bundle.findEntries("/", "*", true);
        List<URL> entries = found == null ? List.of() : Collections.list(found);
        for (URL url : entries) {
            String name = url.getPath().startsWith("/") ? url.getPath().substring(1) : url.getPath();
            if (!name.isEmpty() && !name.equals("META-INF/") && !name.equals("META-INF/MANIFEST.MF")) {
                copyEntry(jar, name, name.endsWith("/") ? null : url);
            }
        }
        jar.finish();
    }

    private static void copyEntry(JarOutputStream jar, String name, URL content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        if (content != null) {
            try (InputStream in = content.openStream()) {
                in.transferTo(jar);
            }
        }
        jar.closeEntry();
    }
}
