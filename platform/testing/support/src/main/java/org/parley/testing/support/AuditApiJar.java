package org.parley.testing.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit API alone, cut from the audit bundle's jar, for OSGi tests that run without the audit implementation
 * (it needs the store, Jackson and HTTP). Same symbolic name, so it counts as the core bundle it stands for; it
 * exports the API at the version the audit jar itself exports, so the cut never lags behind.
 */
public final class AuditApiJar {

    private static final String API = "org/parley/audit/api/";

    private AuditApiJar() {
    }

    /** Writes the cut to {@code target} unless it is there already; returns {@code target}. */
    public static Path cut(Path auditJar, Path target) throws IOException {
        if (Files.exists(target)) {
            return target;
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.parley.audit");
        main.putValue("Bundle-Version", "0.0.0.it");
        // verify(Database) names the store API: wired when the test runs the store, never required.
        main.putValue("Import-Package", "org.osgi.annotation.versioning;resolution:=optional,"
                + "org.parley.store.api;resolution:=optional");
        try (JarFile source = new JarFile(auditJar.toFile());
                OutputStream file = Files.newOutputStream(target)) {
            main.putValue("Export-Package", "org.parley.audit.api;version=\"" + exportedApiVersion(source) + "\"");
            try (JarOutputStream jar = new JarOutputStream(file, manifest)) {
                copyApi(source, jar);
            }
        }
        return target;
    }

    private static void copyApi(JarFile source, JarOutputStream jar) throws IOException {
        Enumeration<JarEntry> entries = source.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (entry.getName().startsWith(API) && !entry.isDirectory()) {
                jar.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
    }

    private static String exportedApiVersion(JarFile source) throws IOException {
        String exports = source.getManifest().getMainAttributes().getValue("Export-Package");
        Matcher version = Pattern.compile("org\\.parley\\.audit\\.api;[^,]*?version=\"([^\"]+)\"").matcher(exports);
        if (!version.find()) {
            throw new IllegalStateException("the audit jar exports no org.parley.audit.api: " + exports);
        }
        return version.group(1);
    }
}
