package org.parley.meetings.internal.live;

import java.util.List;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the live meetings' audit records once the room's lock is released. What already happened in a meeting
 * cannot be taken back, so a record that cannot be written is logged (action and target only) instead of failing
 * the command; the join route, which can still refuse, writes its record itself and answers 503 instead.
 */
final class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditService audit;

    AuditTrail(AuditService audit) {
        this.audit = audit;
    }

    void record(AuditEvent event) throws AuditException {
        audit.record(event);
    }

    void recordAll(List<AuditEvent> events) {
        for (AuditEvent event : events) {
            try {
                audit.record(event);
            } catch (AuditException | RuntimeException e) {
                LOG.error("Audit record {} of meeting {} not written: {}", event.action(), event.target(),
                        e.getMessage());
            }
        }
    }
}
