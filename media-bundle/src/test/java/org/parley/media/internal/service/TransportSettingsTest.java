package org.parley.media.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.api.settings.InvalidSettings;
import org.parley.api.settings.SettingsProblem;

class TransportSettingsTest {

    @Test
    void defaultsAreTheIssuesPortsAndTimeouts() {
        TransportSettings d = TransportSettings.defaults();

        assertEquals(new TransportSettings(10_000, 4443, "0.0.0.0", "", 30, 10, 4 * 1024 * 1024, 512, 64, 10), d);
    }

    @Test
    void valuesComeAsConfigAdminAndSettingsFilesGiveThem() {
        TransportSettings s = TransportSettings.parse(Map.of("udpPort", 20_000, "tcpPort", "0",
                "bindAddress", " 10.1.2.3 ", "publicAddress", "media.example.org", "consentTimeoutSeconds", 45L));

        assertEquals(20_000, s.udpPort());
        assertEquals(0, s.tcpPort(), "0 turns ICE-TCP off");
        assertEquals("10.1.2.3", s.bindAddress());
        assertEquals("media.example.org", s.publicAddress());
        assertEquals(45, s.consentTimeoutSeconds());
        assertEquals("2001:db8::7", TransportSettings.parse(Map.of("publicAddress", "2001:db8::7")).publicAddress());
    }

    @Test
    void everyBadValueIsNamedWithThePidAndItsAttribute() {
        InvalidSettings e = assertThrows(InvalidSettings.class, () -> TransportSettings.parse(Map.of(
                "udpPort", 0, "tcpPort", 70_000, "bindAddress", "any", "publicAddress", "media host\r\na=x",
                "consentTimeoutSeconds", "soon", "dtlsTimeoutSeconds", 0, "udpBufferBytes", 1024)));

        assertTrue(e.getMessage().startsWith("org.parley.media.Transport: udpPort must be from 1 to 65535, not 0;"),
                e.getMessage());
        assertEquals(List.of("udpPort", "tcpPort", "bindAddress", "publicAddress", "consentTimeoutSeconds",
                "dtlsTimeoutSeconds", "udpBufferBytes"),
                e.problems().stream().map(SettingsProblem::attribute).toList());
    }

    @Test
    void perAddressTcpConnectionsCannotExceedTheTotal() {
        List<SettingsProblem> problems = TransportSettings.problems(Map.of("maxTcpConnections", 10,
                "maxTcpConnectionsPerAddress", 11));

        assertEquals(1, problems.size());
        assertEquals("maxTcpConnectionsPerAddress", problems.get(0).attribute());
        assertEquals(List.of(), new TransportSettingsValidator().validate(Map.of("maxTcpConnections", 10,
                "maxTcpConnectionsPerAddress", 10)));
        assertEquals(problems, new TransportSettingsValidator().validate(Map.of("maxTcpConnections", 10,
                "maxTcpConnectionsPerAddress", 11)));
    }

    @Test
    void aPublicAddressNeverBreaksAnSdpLine() {
        for (String bad : List.of("-leading.dash", "a b", "x".repeat(254), "host;evil", "host\nx")) {
            assertEquals("publicAddress", TransportSettings.problems(Map.of("publicAddress", bad)).get(0).attribute(),
                    bad);
        }
    }
}
