package org.parley.audit.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.api.settings.SettingsProblem;
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
        Reader reader = new Reader(properties);
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
        reader.throwIfProblems();
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

    /** Settings that cannot be applied; the message names the PID and each attribute. */
    public static final class InvalidSettings extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<SettingsProblem> problems;

        InvalidSettings(List<SettingsProblem> problems) {
            super(PID + ": " + String.join("; ", problems.stream()
                    .map(problem -> problem.attribute() + " " + problem.message()).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<SettingsProblem> problems() {
            return problems;
        }
    }

    /** Reads typed values, collecting every problem rather than stopping at the first. */
    private static final class Reader {
        private final Map<String, ?> properties;
        private final List<SettingsProblem> problems = new ArrayList<>();

        Reader(Map<String, ?> properties) {
            this.properties = properties;
        }

        int integer(String attribute, int fallback, int min, int max) {
            Object value = properties.get(attribute);
            int parsed;
            try {
                parsed = value == null ? fallback : value instanceof Number n ? n.intValue()
                        : Integer.parseInt(value.toString().trim());
            } catch (NumberFormatException e) {
                problem(attribute, "must be a whole number from " + min + " to " + max + ", not '" + value + "'");
                return fallback;
            }
            if (parsed < min || parsed > max) {
                problem(attribute, "must be from " + min + " to " + max + ", not " + parsed);
            }
            return parsed;
        }

        String text(String attribute, String fallback) {
            Object value = properties.get(attribute);
            return value == null ? fallback : value.toString();
        }

        void problem(String attribute, String message) {
            problems.add(new SettingsProblem(attribute, message));
        }

        void throwIfProblems() {
            if (!problems.isEmpty()) {
                throw new InvalidSettings(problems);
            }
        }
    }
}
