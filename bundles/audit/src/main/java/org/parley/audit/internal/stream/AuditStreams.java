package org.parley.audit.internal.stream;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.internal.chain.Checkpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every committed record and checkpoint, copied to {@code audit.log}, the checkpoint file (checkpoints only) and
 * syslog. Called after COMMIT while the writer still holds the chain lock, so lines appear in sequence order.
 * Failures never reach the writer: they are logged (rate-limited) and shown by the health check.
 */
public final class AuditStreams implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditStreams.class);

    private final AppendOnlyFile auditLog;
    private final CheckpointFile checkpointFile;
    private final WarningLimiter warnings;
    private volatile SyslogSender syslog;
    private final Map<Path, String> fileProblems = new ConcurrentHashMap<>();

    /** @param syslog the sender, or {@code null} when syslog is not configured */
    public AuditStreams(AppendOnlyFile auditLog, CheckpointFile checkpointFile, SyslogSender syslog,
            LongSupplier millis) {
        this.auditLog = auditLog;
        this.checkpointFile = checkpointFile;
        this.syslog = syslog;
        this.warnings = new WarningLimiter(millis, Duration.ofMinutes(5));
    }

    public CheckpointFile checkpointFile() {
        return checkpointFile;
    }

    public void record(AuditRecord record) {
        String line = JsonLines.record(record);
        append(auditLog, line);
        SyslogSender sender = syslog;
        if (sender != null) {
            int severity = record.outcome() == AuditEvent.Outcome.SUCCESS ? SyslogMessage.NOTICE
                    : SyslogMessage.WARNING;
            sender.send(severity, "audit", record.time(), line);
        }
    }

    public void checkpoint(Checkpoint checkpoint) {
        try {
            checkpointFile.append(checkpoint);
            fileProblems.remove(checkpointFile.path());
        } catch (IOException e) {
            failed(checkpointFile.path(), e);
        }
        String line = JsonLines.checkpoint(checkpoint);
        append(auditLog, line);
        SyslogSender sender = syslog;
        if (sender != null) {
            sender.send(SyslogMessage.INFORMATIONAL, "checkpoint", checkpoint.time(), line);
        }
    }

    /** Replaces the syslog sender (after a settings change); {@code null} turns syslog off. */
    public void useSyslog(SyslogSender sender) {
        SyslogSender previous = syslog;
        syslog = sender;
        if (previous != null) {
            previous.close();
        }
    }

    /** The first thing wrong with the streams, or empty. */
    public Optional<String> problem() {
        SyslogSender sender = syslog;
        Optional<String> fileProblem = fileProblems.values().stream().findFirst();
        return fileProblem.or(() -> sender == null ? Optional.empty() : sender.problem());
    }

    private void append(AppendOnlyFile file, String line) {
        try {
            file.append(line);
            fileProblems.remove(file.path());
        } catch (IOException e) {
            failed(file.path(), e);
        }
    }

    private void failed(Path path, IOException e) {
        fileProblems.put(path, "cannot append to " + path + ": " + e.getMessage());
        if (warnings.allow()) {
            LOG.warn("Cannot append to {}: {}; records are still stored in the database", path, e.toString());
        }
    }

    @Override
    public void close() {
        useSyslog(null);
        try {
            auditLog.close();
            checkpointFile.close();
        } catch (IOException e) {
            LOG.debug("Closing the audit stream files failed", e);
        }
    }
}
