package org.parley.system.internal.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.metatype.AttributeDefinition;

class LastValidStoreTest {

    @TempDir
    Path dir;

    @Test
    void survivesANewInstanceAndMergesPerAttribute() {
        new LastValidStore(dir).remember("org.parley.store.Database", Map.of("poolSize", "10", "url", "a"));
        new LastValidStore(dir).remember("org.parley.store.Database", Map.of("poolSize", "12"));
        assertEquals(Map.of("poolSize", "12", "url", "a"),
                new LastValidStore(dir).recall("org.parley.store.Database"));
        assertTrue(new LastValidStore(dir).recall("org.parley.other.Thing").isEmpty());
    }

    @Test
    void isReadableOnlyByItsOwner() throws Exception {
        new LastValidStore(dir).remember("org.parley.store.Database", Map.of("password", "x"));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("org.parley.store.Database.properties"))));
    }

    @Test
    void refusesNamesThatAreNotPids() {
        assertThrows(IllegalArgumentException.class, () -> new LastValidStore(dir).recall("../../etc/passwd"));
    }

    @Test
    void severalValuesRoundTripThroughTheTextForm() throws Exception {
        FakeAttribute hosts = new FakeAttribute("hosts", AttributeDefinition.STRING, 5, null, null);
        String[] values = {"a,b", "c\\d", ""};
        String text = ValueConverter.encode(values);
        assertArrayEquals(values, (String[]) ValueConverter.decode(hosts, text));
        FakeAttribute ports = new FakeAttribute("ports", AttributeDefinition.INTEGER, -3, null, null);
        assertArrayEquals(new Integer[] {1, 2}, (Integer[]) ValueConverter.decode(ports, "1,2"));
    }
}
