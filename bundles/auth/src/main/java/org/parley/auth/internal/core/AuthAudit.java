package org.parley.auth.internal.core;

import java.util.Map;
import org.parley.api.ClientAddress;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditService;

/**
 * Writes the auth bundle's audit records. A record that cannot be written becomes a 503, so the action it describes
 * is not reported as done. Details never carry secrets (the audit service masks secret-looking keys as well).
 */
public final class AuthAudit {

    private final AuditService audit;

    public AuthAudit(AuditService audit) {
        this.audit = audit;
    }

    public void record(String actor, ClientAddress client, String action, String target, Outcome outcome,
            Map<String, String> details) {
        try {
            audit.record(new AuditEvent(actor, client == null ? "local" : client.host(), action, target, outcome,
                    details));
        } catch (AuditException e) {
            throw new ProblemException(503, "Audit unavailable", "The audit trail cannot be written right now, so "
                    + "this was not done. Try again once the database is reachable.");
        }
    }

    public void success(String actor, ClientAddress client, String action, String target,
            Map<String, String> details) {
        record(actor, client, action, target, Outcome.SUCCESS, details);
    }

    /** A before/after pair for a change, as the audit trail shows it. */
    public static Map<String, String> change(String before, String after) {
        return Map.of("before", before, "after", after);
    }
}
