package org.parley.system.it;

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
 * The audit API alone, cut from the audit bundle's jar: the audit implementation (being written alongside) needs the
 * store, Jackson and HTTP, none of which this module's tests run. Same symbolic name, so it is a core bundle here too.
 */
final class AuditApiBundle {

    private static final String API = "org/parley/audit/api/";

    private AuditApiBundle() {
    }

    static Path extract(Path auditJar, Path target) throws IOException {
        if (Files.exists(target)) {
            return target;
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.parley.audit");
        main.putValue("Bundle-Version", "0.0.0.it");
        try (JarFile source = new JarFile(auditJar.toFile())) {
            main.putValue("Export-Package", "org.parley.audit.api;version=\"" + exportedApiVersion(source) + "\"");
        }
        try (JarFile source = new JarFile(auditJar.toFile());
                OutputStream file = Files.newOutputStream(target);
                JarOutputStream jar = new JarOutputStream(file, manifest)) {
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
        return target;
    }

    /** The version the audit jar itself exports {@code org.parley.audit.api} at, so the cut API never lags behind. */
    private static String exportedApiVersion(JarFile source) throws IOException {
        String exports = source.getManifest().getMainAttributes().getValue("Export-Package");
        Matcher version = Pattern.compile("org\\.parley\\.audit\\.api;[^,]*?version=\"([^\"]+)\"").matcher(exports);
        if (!version.find()) {
            throw new IllegalStateException("the audit jar exports no org.parley.audit.api: " + exports);
        }
        return version.group(1);
    }
}
