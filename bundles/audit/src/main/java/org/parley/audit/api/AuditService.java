package org.parley.audit.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.parley.store.api.Database;

/**
 * Writes and reads the tamper-evident audit trail. Thread-safe: writers are serialized on the chain head (a JVM
 * lock and a database row lock), so several threads, and several appliances sharing one PostgreSQL, append one
 * gap-free chain. The service stays registered while the database is unreachable; calls then throw
 * {@link AuditException}.
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

    /** Records matching the query, oldest first (ascending sequence). */
    List<AuditRecord> find(AuditQuery query) throws AuditException;

    /** Walks the whole chain and the signed checkpoints; names the first record at fault. */
    AuditVerification verify() throws AuditException;

    /**
     * Walks the chain stored in another database, e.g. a copy about to replace the appliance's own, with the same
     * checks as {@link #verify()}: that database's checkpoints and registered signer keys, plus this appliance's
     * checkpoint file and key. Reads only; an empty chain there verifies as intact with 0 records. Not audited
     * (the caller audits the action it verifies for).
     *
     * @throws AuditException when that database cannot be read or holds no audit tables
     * @since 1.1
     */
    default AuditVerification verify(Database database) throws AuditException {
        throw new AuditException("this audit service cannot verify a chain in another database", null);
    }
}
