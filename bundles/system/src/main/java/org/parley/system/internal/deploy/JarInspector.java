package org.parley.system.internal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;

/**
 * Decides whether a file is an installable OSGi bundle before the framework sees it: a readable jar (every entry
 * is read, so a truncated or damaged archive is caught here), with a manifest naming {@code Bundle-SymbolicName},
 * {@code Bundle-ManifestVersion: 2} and, if present, a valid {@code Bundle-Version}.
 */
final class JarInspector {

    private JarInspector() {
    }

    static JarCheck inspect(Path file) {
        String sha256;
        try {
            sha256 = sha256(file);
        } catch (IOException e) {
            return JarCheck.refused("", "cannot be read (" + e.getMessage() + ")");
        }
        try (JarFile jar = new JarFile(file.toFile(), true)) {
            readEveryEntry(jar);
            return fromManifest(jar.getManifest(), sha256);
        } catch (ZipException e) {
            return JarCheck.refused(sha256, "is not a readable jar (" + e.getMessage() + ")");
        } catch (IOException | SecurityException e) {
            return JarCheck.refused(sha256, "cannot be read as a jar (" + e.getMessage() + ")");
        }
    }

    private static JarCheck fromManifest(Manifest manifest, String sha256) {
        if (manifest == null) {
            return JarCheck.refused(sha256, "has no META-INF/MANIFEST.MF");
        }
        Attributes main = manifest.getMainAttributes();
        String symbolicName = main.getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (symbolicName == null || symbolicName.isBlank()) {
            return JarCheck.refused(sha256, "is not an OSGi bundle: its manifest has no Bundle-SymbolicName");
        }
        String manifestVersion = main.getValue(Constants.BUNDLE_MANIFESTVERSION);
        if (!"2".equals(manifestVersion == null ? null : manifestVersion.trim())) {
            return JarCheck.refused(sha256, "is not an OSGi R4+ bundle: Bundle-ManifestVersion is "
                    + (manifestVersion == null ? "missing" : "'" + manifestVersion.trim() + "'") + ", not 2");
        }
        String version = main.getValue(Constants.BUNDLE_VERSION);
        try {
            version = Version.parseVersion(version == null ? null : version.trim()).toString();
        } catch (IllegalArgumentException e) {
            return JarCheck.refused(sha256, "has an invalid Bundle-Version '" + version + "'");
        }
        String name = symbolicName.split(";", 2)[0].trim();
        return new JarCheck(name, version, sha256, main.getValue(Constants.FRAGMENT_HOST) != null, null);
    }

    private static void readEveryEntry(JarFile jar) throws IOException {
        byte[] buffer = new byte[8192];
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            try (InputStream in = jar.getInputStream(entries.nextElement())) {
                while (in.read(buffer) >= 0) {
                    // Reading to the end makes the zip layer verify sizes and CRCs.
                }
            }
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
