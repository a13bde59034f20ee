package org.parley.audit.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes and reads the tamper-evident audit trail. Thread-safe.
 */
@ProviderType
public interface AuditService {

    /**
     * Appends one record. Returns only once the record is durable (committed to the database), so the audited
     * action may report success afterwards. Secrets in {@link AuditEvent#details()} are masked before storing.
     *
     * @throws AuditException when the record could not be stored; the caller must then not report success
     */
    AuditRecord record(AuditEvent event) throws AuditException;

    /** Records matching the query, oldest first. */
    List<AuditRecord> find(AuditQuery query) throws AuditException;

    /** Walks the whole chain and the signed checkpoints; names the first record at fault. */
    AuditVerification verify() throws AuditException;
}
