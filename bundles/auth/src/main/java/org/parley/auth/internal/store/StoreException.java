package org.parley.auth.internal.store;

/** The accounts database could not be read or written; the message says what was being done. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
