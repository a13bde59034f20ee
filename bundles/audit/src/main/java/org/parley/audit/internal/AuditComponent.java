package org.parley.audit.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.parley.api.Clock;
import org.parley.api.health.HealthCheck;
import org.parley.api.health.HealthResult;
import org.parley.api.settings.InvalidSettings;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditQuery;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.api.AuditService;
import org.parley.audit.api.AuditVerification;
import org.parley.store.api.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the {@link AuditTrail} as {@link AuditService} and as the {@code audit} health check, and, inside the
 * bundle, as {@link ChainVerifications} for the {@code audit-chain} check. Files live under the framework
 * properties {@code parley.var.lib} and {@code parley.log}.
 */
@Component(service = {AuditService.class, HealthCheck.class, ChainVerifications.class},
        configurationPid = AuditSettings.PID, immediate = true)
@Designate(ocd = AuditComponent.Config.class)
public final class AuditComponent implements AuditService, HealthCheck, ChainVerifications {

    /** Settings of the audit trail. */
    @ObjectClassDefinition(id = AuditSettings.PID, name = "Parley audit",
            description = "Tamper-evident audit trail: signed checkpoints, the audit.log stream and syslog.")
    public @interface Config {
        @AttributeDefinition(name = "Checkpoint every N records", min = "1", max = "1000000",
                description = "A signed checkpoint is laid after this many records.")
        int checkpointEveryRecords() default AuditSettings.DEFAULT_CHECKPOINT_RECORDS;

        @AttributeDefinition(name = "Checkpoint every T minutes", min = "1", max = "10080",
                description = "A signed checkpoint is laid on the first write once this many minutes have passed.")
        int checkpointEveryMinutes() default AuditSettings.DEFAULT_CHECKPOINT_MINUTES;

        @AttributeDefinition(name = "Syslog host", description = "Receiver of RFC 5424 audit messages; empty = off.")
        String syslogHost() default AuditSettings.DEFAULT_SYSLOG_HOST;

        @AttributeDefinition(name = "Syslog port", min = "1", max = "65535", description = "Port of the receiver.")
        int syslogPort() default AuditSettings.DEFAULT_SYSLOG_PORT;

        @AttributeDefinition(name = "Syslog protocol", description = "UDP (RFC 5426) or TCP (RFC 6587 octet counting).",
                options = {@Option(label = "UDP", value = "udp"), @Option(label = "TCP", value = "tcp")})
        String syslogProtocol() default AuditSettings.DEFAULT_SYSLOG_PROTOCOL;

        @AttributeDefinition(name = "Syslog facility",
                description = "Facility name (e.g. auth, authpriv, local0) or number 0 to 23.")
        String syslogFacility() default AuditSettings.DEFAULT_SYSLOG_FACILITY;

        @AttributeDefinition(name = "audit.log size (MB)", min = "1",
                description = "audit.log is rotated to audit.log.1 before it grows past this size.")
        int auditLogMaxMegabytes() default AuditSettings.DEFAULT_LOG_MEGABYTES;

        @AttributeDefinition(name = "audit.log files kept", min = "1",
                description = "How many rotated audit.log files are kept.")
        int auditLogFiles() default AuditSettings.DEFAULT_LOG_FILES;
    }

    private static final Logger LOG = LoggerFactory.getLogger(AuditComponent.class);

    private final AuditTrail trail;
    private final Clock clock;
    private volatile LastVerification lastVerification;

    @Activate
    public AuditComponent(@Reference Database database, @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock, BundleContext context, Config config)
            throws IOException, GeneralSecurityException {
        AuditSettings settings = AuditSettings.parse(asMap(config));
        AuditPaths paths = AuditPaths.under(root(context, "parley.var.lib"), root(context, "parley.log"));
        this.trail = new AuditTrail(database, clock, paths, settings);
        this.clock = clock;
    }

    /** A bad change is refused with an error naming the attribute; the last valid settings stay in force. */
    @Modified
    void modified(Config config) {
        try {
            trail.reconfigure(AuditSettings.parse(asMap(config)));
        } catch (InvalidSettings e) {
            LOG.error("{}; keeping the previous audit settings", e.getMessage());
        }
    }

    @Deactivate
    void deactivate() {
        trail.close();
    }

    @Override
    public AuditRecord record(AuditEvent event) throws AuditException {
        return trail.record(event);
    }

    @Override
    public List<AuditRecord> find(AuditQuery query) throws AuditException {
        return trail.find(query);
    }

    @Override
    public AuditVerification verify() throws AuditException {
        try {
            AuditVerification result = trail.verify();
            lastVerification = LastVerification.of(clock.now(), result);
            return result;
        } catch (AuditException e) {
            lastVerification = LastVerification.failed(clock.now(), e.getMessage());
            throw e;
        }
    }

    @Override
    public Optional<LastVerification> lastVerification() {
        return Optional.ofNullable(lastVerification);
    }

    @Override
    public AuditVerification verify(Database other) throws AuditException {
        return trail.verify(other);
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public HealthResult check() {
        return trail.health();
    }

    static Map<String, Object> asMap(Config config) {
        return Map.of("checkpointEveryRecords", config.checkpointEveryRecords(),
                "checkpointEveryMinutes", config.checkpointEveryMinutes(),
                "syslogHost", config.syslogHost(), "syslogPort", config.syslogPort(),
                "syslogProtocol", config.syslogProtocol(), "syslogFacility", config.syslogFacility(),
                "auditLogMaxMegabytes", config.auditLogMaxMegabytes(), "auditLogFiles", config.auditLogFiles());
    }

    private static Path root(BundleContext context, String property) {
        String value = context.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(AuditSettings.PID + ": the framework property " + property
                    + " is not set; the Parley launcher sets it to an absolute folder");
        }
        return Path.of(value);
    }
}
