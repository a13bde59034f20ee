package org.parley.http.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.api.settings.SettingsProblem;

class FrontDoorSettingsValidatorTest {

    private final FrontDoorSettingsValidator validator = new FrontDoorSettingsValidator();

    @Test
    void defaultsPass() {
        assertEquals(List.of(), validator.validate(Map.of()));
    }

    @Test
    void namesEachBadAttribute() {
        List<SettingsProblem> problems = validator.validate(Map.of("httpsPort", 9000, "httpPort", 9000,
                "bindAddress", "my-host", "trustedProxies", new String[] {"10.0.0.0/8", "proxy.local"},
                "certificateFile", "/nonexistent/cert.pem", "keyFile", "/nonexistent/key.pem"));
        assertEquals(List.of("httpPort", "bindAddress", "trustedProxies", "certificateFile"),
                problems.stream().map(SettingsProblem::attribute).toList());
        assertTrue(problems.get(2).message().contains("proxy.local"));
    }

    @Test
    void proxiesFromAFileMayBeCommaSeparated() {
        assertEquals(2, ProxyList.parse(List.of("10.0.0.0/8, 192.0.2.1")).size());
        assertEquals(List.of(), validator.validate(Map.of("trustedProxies", "10.0.0.0/8,192.0.2.1")));
    }
}
