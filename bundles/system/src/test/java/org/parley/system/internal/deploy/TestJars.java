package org.parley.system.internal.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds small jars for tests: bundles with a given manifest, and things that are not bundles. */
public final class TestJars {

    private TestJars() {
    }

    /** A bundle with one resource file so its contents differ by version. */
    public static Path bundle(Path target, String symbolicName, String version) throws IOException {
        return jar(target, Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", symbolicName,
                "Bundle-Version", version));
    }

    public static Path jar(Path target, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream file = Files.newOutputStream(temp);
                JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.putNextEntry(new JarEntry("fixture/version.txt"));
            jar.write(String.valueOf(headers).getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        // Appear in one step, as an admin's "mv" would, so a scan never sees half a file.
        return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
