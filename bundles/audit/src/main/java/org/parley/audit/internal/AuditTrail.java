package org.parley.audit.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.api.Clock;
import org.parley.api.health.HealthResult;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditQuery;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.api.AuditService;
import org.parley.audit.api.AuditVerification;
import org.parley.audit.internal.chain.ChainHasher;
import org.parley.audit.internal.chain.ChainVerifier;
import org.parley.audit.internal.chain.Checkpoint;
import org.parley.audit.internal.chain.CheckpointSignatures;
import org.parley.audit.internal.chain.CheckpointSigner;
import org.parley.audit.internal.chain.SigningKeys;
import org.parley.audit.internal.store.ChainTables;
import org.parley.audit.internal.store.RecordQueries;
import org.parley.audit.internal.stream.AppendOnlyFile;
import org.parley.audit.internal.stream.AuditStreams;
import org.parley.audit.internal.stream.CheckpointFile;
import org.parley.audit.internal.stream.SyslogSender;
import org.parley.store.api.Database;
import org.parley.store.api.MigrationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit service without OSGi: the chain on one {@link Database}, its signing key, streams and health.
 * The tables are migrated on construction; when the database cannot be reached then, every later call tries
 * again, so audit recovers by itself once the database is back. Thread-safe.
 */
public final class AuditTrail implements AuditService, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final Database database;
    private final Clock clock;
    private final ChainTables tables;
    private final RecordQueries queries;
    private final CheckpointSigner signer;
    private final AppendOnlyFile auditLog;
    private final AuditStreams streams;
    private final ChainWriter writer;
    private final Object readiness = new Object();
    private volatile SyslogSender syslog;
    private volatile String chainId;
    private volatile String notReady;
    private volatile String lastWriteFailure;
    private volatile long lastSequenceWritten;

    public AuditTrail(Database database, Clock clock, AuditPaths paths, AuditSettings settings)
            throws IOException, GeneralSecurityException {
        this.database = database;
        this.clock = clock;
        this.tables = new ChainTables(database);
        this.queries = new RecordQueries(database);
        this.signer = new CheckpointSigner(SigningKeys.loadOrCreate(paths.keys()));
        this.auditLog = new AppendOnlyFile(paths.auditLog(), settings.auditLogMaxBytes(), settings.auditLogFiles(),
                false);
        this.syslog = settings.syslog() == null ? null : new SyslogSender(settings.syslog(), clock::millis);
        this.streams = new AuditStreams(auditLog, new CheckpointFile(paths.checkpointFile()), syslog, clock::millis);
        this.writer = new ChainWriter(tables, clock, signer, streams, settings.checkpoints());
        try {
            ensureReady();
        } catch (AuditException e) {
            LOG.warn("{}; audit writes fail until it is back, and each one tries again", e.getMessage());
        }
    }

    /** Applies changed settings without losing the chain state. */
    public void reconfigure(AuditSettings settings) {
        writer.usePolicy(settings.checkpoints());
        auditLog.limit(settings.auditLogMaxBytes(), settings.auditLogFiles());
        SyslogSender current = syslog;
        if (!Objects.equals(current == null ? null : current.target(), settings.syslog())) {
            syslog = settings.syslog() == null ? null : new SyslogSender(settings.syslog(), clock::millis);
            streams.useSyslog(syslog);
        }
    }

    @Override
    public AuditRecord record(AuditEvent event) throws AuditException {
        ensureReady();
        try {
            AuditRecord record = writer.append(event);
            lastWriteFailure = null;
            lastSequenceWritten = record.sequence();
            return record;
        } catch (SQLException | RuntimeException e) {
            lastWriteFailure = "at " + clock.now() + " (" + event.action() + " on " + event.target() + "): "
                    + e.getMessage();
            LOG.warn("Audit write failed {}", lastWriteFailure);
            throw new AuditException("The audit record could not be stored: " + e.getMessage(), e);
        }
    }

    @Override
    public List<AuditRecord> find(AuditQuery query) throws AuditException {
        ensureReady();
        try {
            return queries.find(query);
        } catch (SQLException | RuntimeException e) {
            throw new AuditException("The audit trail could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public AuditVerification verify() throws AuditException {
        String id = ensureReady();
        try {
            return verify(id, tables, queries);
        } catch (SQLException | IOException | RuntimeException e) {
            throw new AuditException("The audit trail could not be verified: " + e.getMessage(), e);
        }
    }

    @Override
    public AuditVerification verify(Database other) throws AuditException {
        ChainTables otherTables = new ChainTables(other);
        try {
            String id = otherTables.existingChainId();
            if (id == null) {
                return new AuditVerification(true, 0, 0, null, "");
            }
            return verify(id, otherTables, new RecordQueries(other));
        } catch (SQLException | IOException | RuntimeException e) {
            throw new AuditException("The audit trail in the other database could not be verified: "
                    + e.getMessage(), e);
        }
    }

    private AuditVerification verify(String id, ChainTables chainTables, RecordQueries records)
            throws SQLException, IOException {
        // Checkpoints first: any checkpoint seen then has its record committed, so records read afterwards
        // include it even while other threads keep writing.
        List<Checkpoint> checkpoints = new ArrayList<>(chainTables.checkpoints());
        checkpoints.addAll(streams.checkpointFile().readAll());
        ChainVerifier verifier = new ChainVerifier(new ChainHasher(id), signatures(chainTables), checkpoints);
        AuditVerification result = records.walk(verifier::verify);
        if (result.intact()) {
            LOG.info("Audit chain verified: {} records, {} checkpoints", result.recordsChecked(),
                    result.checkpointsChecked());
        } else {
            LOG.warn("Audit chain verification failed: {}", result.problem());
        }
        return result;
    }

    /** The health of writes, tables and streams. */
    public HealthResult health() {
        if (notReady != null) {
            return HealthResult.warn(notReady + "; audit writes fail until it is back");
        }
        if (lastWriteFailure != null) {
            return HealthResult.warn("the last audit write failed " + lastWriteFailure);
        }
        return streams.problem().map(HealthResult::warn).orElseGet(() -> HealthResult.up("chain " + chainId
                + ", last sequence written here " + lastSequenceWritten + ", checkpoint key " + signer.keyId()));
    }

    @Override
    public void close() {
        streams.close();
    }

    private String ensureReady() throws AuditException {
        String id = chainId;
        if (id != null) {
            return id;
        }
        synchronized (readiness) {
            if (chainId == null) {
                try {
                    database.migrate("audit", AuditTrail.class);
                    String claimed = tables.chainId();
                    tables.registerSigner(signer.keyId(), signer.publicKeyBase64(), clock.now());
                    notReady = null;
                    chainId = claimed;
                    LOG.info("Audit chain {} ready; checkpoints are signed by key {}", claimed, signer.keyId());
                } catch (MigrationException | SQLException | RuntimeException e) {
                    notReady = "the audit tables are not ready (" + e.getMessage() + ")";
                    throw new AuditException(notReady, e);
                }
            }
            return chainId;
        }
    }

    /** This appliance's key, and the keys other appliances on the same database registered. */
    private CheckpointSignatures signatures(ChainTables chainTables) throws SQLException {
        Map<String, PublicKey> keys = new HashMap<>();
        for (Map.Entry<String, String> registered : chainTables.signers().entrySet()) {
            try {
                PublicKey key = SigningKeys.publicKey(registered.getValue());
                if (CheckpointSigner.keyIdOf(key).equals(registered.getKey())) {
                    keys.put(registered.getKey(), key);
                } else {
                    LOG.warn("Ignoring public key {} in audit_signer: it does not match its id", registered.getKey());
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                LOG.warn("Ignoring the unreadable public key {} in audit_signer", registered.getKey());
            }
        }
        keys.put(signer.keyId(), signer.publicKey());
        return new CheckpointSignatures(keys);
    }
}
