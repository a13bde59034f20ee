package org.parley.audit.api;

/** The audit trail could not be written or read (the database is unreachable, or the chain is locked). */
public class AuditException extends Exception {

    private static final long serialVersionUID = 1L;

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
