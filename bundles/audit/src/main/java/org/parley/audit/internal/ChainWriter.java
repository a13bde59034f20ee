package org.parley.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.parley.api.Clock;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.internal.chain.ChainHasher;
import org.parley.audit.internal.chain.Checkpoint;
import org.parley.audit.internal.chain.CheckpointPolicy;
import org.parley.audit.internal.chain.CheckpointSigner;
import org.parley.audit.internal.chain.SecretMasker;
import org.parley.audit.internal.store.ChainHead;
import org.parley.audit.internal.store.ChainTables;
import org.parley.audit.internal.store.RecordRows;
import org.parley.audit.internal.stream.AuditStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends records to the chain. Writers serialize twice: on a JVM lock (so threads of this appliance queue
 * without holding database locks) and on the database's chain head lock inside the transaction (so appliances
 * sharing one database stay in one gap-free chain). A record is returned only after COMMIT; its streamed copies
 * follow while the lock is still held, so they appear in sequence order.
 */
final class ChainWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ChainWriter.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final ChainTables tables;
    private final Clock clock;
    private final CheckpointSigner signer;
    private final AuditStreams streams;
    private volatile CheckpointPolicy policy;

    ChainWriter(ChainTables tables, Clock clock, CheckpointSigner signer, AuditStreams streams,
            CheckpointPolicy policy) {
        this.tables = tables;
        this.clock = clock;
        this.signer = signer;
        this.streams = streams;
        this.policy = policy;
    }

    void usePolicy(CheckpointPolicy newPolicy) {
        policy = newPolicy;
    }

    AuditRecord append(AuditEvent event) throws SQLException {
        try (Connection connection = tables.dataSource().getConnection()) {
            lock.lock();
            try {
                Appended appended = appendCommitted(connection, event);
                streams.record(appended.record());
                if (appended.checkpoint() != null) {
                    streams.checkpoint(appended.checkpoint());
                }
                return appended.record();
            } finally {
                lock.unlock();
            }
        }
    }

    private Appended appendCommitted(Connection connection, AuditEvent event) throws SQLException {
        connection.setAutoCommit(false);
        try {
            ChainHead head = tables.lockHead(connection);
            if (head.chainId() == null) {
                throw new SQLException("audit_chain_head has no chain id yet");
            }
            Instant now = clock.now().truncatedTo(ChronoUnit.MILLIS);
            AuditRecord record = new ChainHasher(head.chainId())
                    .seal(unsealed(event, head.lastSequence() + 1, now, head.lastHash()));
            tables.insertRecord(connection, record);
            Checkpoint checkpoint = null;
            if (policy.due(head.checkpointSequence(), head.checkpointTime(), record.sequence(), now)) {
                checkpoint = signer.sign(head.chainId(), record.sequence(), record.hash(), now);
                tables.insertCheckpoint(connection, checkpoint);
            }
            tables.advanceHead(connection, record, checkpoint);
            connection.commit();
            return new Appended(record, checkpoint);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection, e);
            throw e;
        }
    }

    /** The record as it will be hashed and stored: secrets masked, values cut to the column sizes. */
    private static AuditRecord unsealed(AuditEvent event, long sequence, Instant time, String previousHash) {
        return new AuditRecord(sequence, time, RecordRows.fit(event.actor(), RecordRows.ACTOR_LENGTH),
                RecordRows.fit(event.clientAddress(), RecordRows.CLIENT_LENGTH),
                RecordRows.fit(event.action(), RecordRows.ACTION_LENGTH),
                RecordRows.fit(event.target(), RecordRows.TARGET_LENGTH), event.outcome(),
                SecretMasker.mask(event.details()), previousHash, null);
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
            LOG.debug("Rollback after a failed audit write failed too", rollbackFailure);
        }
    }

    private record Appended(AuditRecord record, Checkpoint checkpoint) {
    }
}
