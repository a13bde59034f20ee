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
        main.putValue("Export-Package", "org.parley.audit.api;version=\"1.0.0\"");
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
}
