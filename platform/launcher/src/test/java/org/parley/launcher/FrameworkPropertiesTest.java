package org.parley.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkPropertiesTest {

    @TempDir
    Path dir;

    @Test
    void substitutesRootsAndOtherProperties() throws Exception {
        Path file = dir.resolve("config.properties");
        Files.writeString(file, "a=${parley.var.lib}/config\nb=${a}/x\n");
        Map<String, String> props = FrameworkProperties.load(file, Map.of("parley.var.lib", "/var/lib/parley"));
        assertEquals("/var/lib/parley/config", props.get("a"));
        assertEquals("/var/lib/parley/config/x", props.get("b"));
        assertEquals("/var/lib/parley", props.get("parley.var.lib"));
    }

    @Test
    void unknownPlaceholderIsAnErrorNamingIt() throws Exception {
        Path file = dir.resolve("config.properties");
        Files.writeString(file, "felix.cm.dir=${parley.varlib}/config\n");
        ConfigurationError error = assertThrows(ConfigurationError.class,
                () -> FrameworkProperties.load(file, Map.of()));
        assertTrue(error.getMessage().contains("felix.cm.dir") && error.getMessage().contains("parley.varlib"),
                error.getMessage());
    }

    @Test
    void selfReferenceIsAnError() throws Exception {
        Path file = dir.resolve("config.properties");
        Files.writeString(file, "a=${b}\nb=${a}\n");
        assertThrows(ConfigurationError.class, () -> FrameworkProperties.load(file, Map.of()));
    }

    @Test
    void rootsFollowEnvironmentAndDefaultUnderHome() {
        Roots roots = Roots.from(name -> Map.of("PARLEY_HOME", "/opt/p", "PARLEY_LOG", "/var/log/parley").get(name));
        assertEquals(Path.of("/opt/p/var/lib"), roots.varLib());
        assertEquals(Path.of("/var/log/parley"), roots.log());
        assertEquals(Path.of("/opt/p/etc"), roots.etc());
    }
}
