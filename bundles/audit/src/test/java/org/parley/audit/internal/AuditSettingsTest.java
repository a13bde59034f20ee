package org.parley.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.api.settings.InvalidSettings;
import org.parley.api.settings.SettingsProblem;
import org.parley.audit.internal.stream.SyslogTarget;

class AuditSettingsTest {

    @Test
    void defaultsCheckpointEveryHundredRecordsOrTenMinutesWithoutSyslog() {
        AuditSettings settings = AuditSettings.defaults();

        assertEquals(100, settings.checkpoints().everyRecords());
        assertEquals(Duration.ofMinutes(10), settings.checkpoints().interval());
        assertNull(settings.syslog());
    }

    @Test
    void aSyslogHostTurnsSyslogOn() {
        AuditSettings settings = AuditSettings.parse(Map.of("syslogHost", "logs.example.org", "syslogPort", 6514,
                "syslogProtocol", "tcp", "syslogFacility", "local3"));

        assertEquals(new SyslogTarget("logs.example.org", 6514, "tcp", 19), settings.syslog());
    }

    @Test
    void everyBadAttributeIsNamedWithThePid() {
        InvalidSettings error = assertThrows(InvalidSettings.class,
                () -> AuditSettings.parse(Map.of("checkpointEveryRecords", 0, "syslogPort", "http",
                        "syslogProtocol", "smtp", "syslogFacility", "audit")));

        assertTrue(error.getMessage().startsWith("org.parley.audit.Audit: "), error.getMessage());
        assertEquals(List.of("checkpointEveryRecords", "syslogPort", "syslogProtocol", "syslogFacility"),
                error.problems().stream().map(SettingsProblem::attribute).toList());
    }

    @Test
    void theValidatorAcceptsWhatTheComponentAccepts() {
        assertEquals(List.of(), new AuditSettingsValidator().validate(Map.of("checkpointEveryMinutes", 5)));
        assertEquals("checkpointEveryMinutes", new AuditSettingsValidator()
                .validate(Map.of("checkpointEveryMinutes", -5)).get(0).attribute());
    }
}
