package org.parley.system.internal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarInspectorTest {

    @TempDir
    Path dir;

    @Test
    void acceptsABundleAndReadsItsNameVersionAndHash() throws Exception {
        Path jar = TestJars.jar(dir.resolve("f.jar"), Map.of("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "org.parley.testing.fixture;singleton:=true", "Bundle-Version", "1.0.1"));
        JarCheck check = JarInspector.inspect(jar);
        assertTrue(check.acceptable(), check.refusal());
        assertEquals("org.parley.testing.fixture", check.symbolicName());
        assertEquals("1.0.1", check.version());
        assertEquals(64, check.sha256().length());
        assertEquals(JarInspector.sha256(jar), check.sha256());
    }

    @Test
    void refusesGarbageATruncatedJarAndAJarThatIsNotABundle() throws Exception {
        Path garbage = Files.write(dir.resolve("garbage.jar"), "this is not a zip".getBytes());
        assertTrue(JarInspector.inspect(garbage).refusal().startsWith("is not a readable jar"));

        Path good = TestJars.bundle(dir.resolve("good.jar"), "a.b", "1.0.0");
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.jar"), Arrays.copyOf(bytes, bytes.length / 2));
        assertFalse(JarInspector.inspect(truncated).acceptable());

        Path plain = TestJars.jar(dir.resolve("plain.jar"), Map.of("Main-Class", "x.Y"));
        assertEquals("is not an OSGi bundle: its manifest has no Bundle-SymbolicName",
                JarInspector.inspect(plain).refusal());
    }

    @Test
    void refusesAnOldManifestVersionAndABadVersion() throws Exception {
        Path r3 = TestJars.jar(dir.resolve("r3.jar"), Map.of("Bundle-SymbolicName", "a.b"));
        assertTrue(JarInspector.inspect(r3).refusal().contains("Bundle-ManifestVersion is missing"));
        Path badVersion = TestJars.jar(dir.resolve("v.jar"), Map.of("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "a.b", "Bundle-Version", "one"));
        assertEquals("has an invalid Bundle-Version 'one'", JarInspector.inspect(badVersion).refusal());
    }

    @Test
    void refusesAZipWithoutManifest() throws Exception {
        Path zip = dir.resolve("nomanifest.jar");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
            out.write(1);
            out.closeEntry();
        }
        assertEquals("has no META-INF/MANIFEST.MF", JarInspector.inspect(zip).refusal());
    }
}
