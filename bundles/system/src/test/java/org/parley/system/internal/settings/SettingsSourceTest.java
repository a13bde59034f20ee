package org.parley.system.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsSourceTest {

    @Test
    void namesTheFileRelativeToTheEtcRoot() {
        Path etc = Path.of("/opt/parley/etc");
        assertEquals("etc/conf.d/org.parley.store.Database.cfg", SettingsSource.managedBy(
                Map.of(SettingsSource.FILE_PROPERTY, "file:/opt/parley/etc/conf.d/org.parley.store.Database.cfg"),
                etc));
        assertEquals("/elsewhere/x.cfg", SettingsSource.label("file:/elsewhere/x.cfg", etc));
        assertNull(SettingsSource.managedBy(Map.of("poolSize", 3), etc));
    }
}
