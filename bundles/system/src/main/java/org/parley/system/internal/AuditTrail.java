package org.parley.system.internal;

import java.util.Map;
import java.util.function.Supplier;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes this bundle's audit records. The audit service may come and go (it can itself be updated through the
 * deploy folder), so it is looked up on every record.
 */
public final class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final Supplier<AuditService> service;

    public AuditTrail(Supplier<AuditService> service) {
        this.service = service;
    }

    /** Writes one record durably, or throws so that the caller does not report success. */
    public void record(Caller caller, String action, String target, Outcome outcome, Map<String, String> details)
            throws AuditException {
        AuditService audit = service.get();
        if (audit == null) {
            throw new AuditException("the audit service is not running", null);
        }
        audit.record(new AuditEvent(caller.actor(), caller.address(), action, target, outcome, details));
    }

    /**
     * Writes one record for an action that has already happened and cannot be undone by a missing audit trail
     * (a bundle the framework already updated); a failure is logged instead.
     */
    public void recordOrLog(Caller caller, String action, String target, Outcome outcome,
            Map<String, String> details) {
        try {
            record(caller, action, target, outcome, details);
        } catch (AuditException | RuntimeException e) {
            LOG.warn("Audit record {} {} ({}) was not written: {}", action, target, outcome, e.getMessage());
        }
    }
}
