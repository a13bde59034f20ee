package org.parley.audit.internal;

import java.util.Optional;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditVerification;

/**
 * Inside this bundle: the audit service as the {@code audit-chain} check sees it, verifying the own chain and
 * remembering the outcome of the newest verification, whoever asked for it (REST or the check).
 */
public interface ChainVerifications {

    /** Verifies the own chain and remembers the outcome. */
    AuditVerification verify() throws AuditException;

    /** The newest verification since this component started, if any. */
    Optional<LastVerification> lastVerification();
}
