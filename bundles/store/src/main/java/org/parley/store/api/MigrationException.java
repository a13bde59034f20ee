package org.parley.store.api;

/** A migration that could not be applied; the message names the owner, the script and the database's reason. */
public class MigrationException extends Exception {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
