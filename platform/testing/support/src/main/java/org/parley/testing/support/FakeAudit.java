package org.parley.testing.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditQuery;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.api.AuditService;
import org.parley.audit.api.AuditVerification;

/** Keeps every audit event in memory; can be told to fail. */
public final class FakeAudit implements AuditService {

    public final List<AuditEvent> events = new CopyOnWriteArrayList<>();
    public volatile boolean failing;

    @Override
    public AuditRecord record(AuditEvent event) throws AuditException {
        if (failing) {
            throw new AuditException("audit down for the test", null);
        }
        events.add(event);
        return null;
    }

    @Override
    public List<AuditRecord> find(AuditQuery query) {
        return List.of();
    }

    @Override
    public AuditVerification verify() {
        return null;
    }

    public List<AuditEvent> of(String action) {
        return events.stream().filter(e -> e.action().equals(action)).toList();
    }
}
