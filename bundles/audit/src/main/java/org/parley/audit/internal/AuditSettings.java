package org.parley.audit.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.parley.api.settings.InvalidSettings;
import org.parley.api.settings.SettingsProblem;
import org.parley.api.settings.SettingsReader;
import org.parley.audit.internal.chain.CheckpointPolicy;
import org.parley.audit.internal.stream.SyslogTarget;

/**
 * The validated settings of PID {@value #PID}. One parser serves the component (activation and change) and its
 * {@link org.parley.api.settings.SettingsValidator}, so both accept exactly the same values.
 *
 * @param syslog where to send syslog messages, or {@code null} when {@code syslogHost} is empty
 */
public record AuditSettings(CheckpointPolicy checkpoints, SyslogTarget syslog, long auditLogMaxBytes,
        int auditLogFiles) {

    public static final String PID = "org.parley.audit.Audit";

    static final int DEFAULT_CHECKPOINT_RECORDS = 100;
    static final int DEFAULT_CHECKPOINT_MINUTES = 10;
    static final String DEFAULT_SYSLOG_HOST = "";
    static final int DEFAULT_SYSLOG_PORT = 514;
    static final String DEFAULT_SYSLOG_PROTOCOL = "udp";
    static final String DEFAULT_SYSLOG_FACILITY = "authpriv";
    static final int DEFAULT_LOG_MEGABYTES = 100;
    static final int DEFAULT_LOG_FILES = 10;

    /** Settings as they are without any configuration. */
    public static AuditSettings defaults() {
        return parse(Map.of());
    }

    /** Parses a complete configuration; absent attributes take their defaults. */
    public static AuditSettings parse(Map<String, ?> properties) {
        SettingsReader reader = new SettingsReader(properties);
        int records = reader.integer("checkpointEveryRecords", DEFAULT_CHECKPOINT_RECORDS, 1, 1_000_000);
        int minutes = reader.integer("checkpointEveryMinutes", DEFAULT_CHECKPOINT_MINUTES, 1, 10_080);
        String host = reader.text("syslogHost", DEFAULT_SYSLOG_HOST).trim();
        int port = reader.integer("syslogPort", DEFAULT_SYSLOG_PORT, 1, 65_535);
        String protocol = reader.text("syslogProtocol", DEFAULT_SYSLOG_PROTOCOL).trim();
        if (!protocol.equals("udp") && !protocol.equals("tcp")) {
            reader.problem("syslogProtocol", "must be udp or tcp, not '" + protocol + "'");
        }
        int facility = SyslogTarget.facilityCode(reader.text("syslogFacility", DEFAULT_SYSLOG_FACILITY));
        if (facility < 0) {
            reader.problem("syslogFacility", "must be a facility name (" + String.join(", ", SyslogTarget.FACILITIES)
                    + ") or a number 0 to 23");
        }
        int megabytes = reader.integer("auditLogMaxMegabytes", DEFAULT_LOG_MEGABYTES, 1, 100_000);
        int files = reader.integer("auditLogFiles", DEFAULT_LOG_FILES, 1, 1_000);
        reader.throwIfProblems(PID);
        return new AuditSettings(new CheckpointPolicy(records, Duration.ofMinutes(minutes)),
                host.isEmpty() ? null : new SyslogTarget(host, port, protocol, facility),
                megabytes * 1024L * 1024L, files);
    }

    /** What is wrong with {@code properties}, empty when {@link #parse} accepts them. */
    public static List<SettingsProblem> problems(Map<String, ?> properties) {
        try {
            parse(properties);
            return List.of();
        } catch (InvalidSettings e) {
            return e.problems();
        }
    }
}
