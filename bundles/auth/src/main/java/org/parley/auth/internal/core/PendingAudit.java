package org.parley.auth.internal.core;

import java.util.Map;
import java.util.UUID;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.auth.internal.store.Jdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit events written by the break-glass command, which runs without the audit service: the running appliance
 * records each into the audit trail, then deletes it. So emergency access is always audited, at the latest when
 * Parley next starts.
 */
public final class PendingAudit {

    private static final Logger LOG = LoggerFactory.getLogger(PendingAudit.class);

    /** One event waiting to be recorded. */
    record Pending(String id, long createdAt, String actor, String action, String target, String detail) {
    }

    private final Jdbc jdbc;
    private final AuthAudit audit;

    public PendingAudit(Jdbc jdbc, AuthAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Stores an event for the appliance to record (used by the break-glass command). */
    public static void enqueue(Jdbc jdbc, long now, String actor, String action, String target, String detail) {
        jdbc.update("INSERT INTO auth_pending_audit (id, created_at, actor, action, target, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), now, actor, action, target, detail);
    }

    /** Records every pending event, oldest first; returns how many. */
    public int flush() {
        int recorded = 0;
        for (Pending p : jdbc.query("SELECT id, created_at, actor, action, target, detail FROM auth_pending_audit "
                + "ORDER BY created_at", row -> new Pending(row.getString(1), row.getLong(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6)))) {
            audit.record(p.actor(), null, p.action(), p.target(), Outcome.SUCCESS, Map.of("detail", p.detail(),
                    "happenedAt", java.time.Instant.ofEpochMilli(p.createdAt()).toString()));
            jdbc.update("DELETE FROM auth_pending_audit WHERE id = ?", p.id());
            recorded++;
        }
        if (recorded > 0) {
            LOG.info("Recorded {} audit events left by the break-glass command", recorded);
        }
        return recorded;
    }
}
