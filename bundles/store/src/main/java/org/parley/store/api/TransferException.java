package org.parley.store.api;

/** Why a connection test or a copy did not happen or did not finish; the message is for the admin to read. */
public class TransferException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of problem, so that a REST resource can pick its status. */
    public enum Reason {
        /** A setting the store would refuse; {@link #field()} names it. */
        INVALID,
        /** The server cannot be reached or refused the login. */
        UNREACHABLE,
        /** The target's schema already holds tables. */
        NOT_EMPTY,
        /** The appliance is not on the embedded database: there is nothing to move. */
        NOT_EMBEDDED,
        /** Another copy is running. */
        BUSY,
        /** The copy failed; the target was emptied again. */
        FAILED
    }

    private final Reason reason;
    private final String field;

    public TransferException(Reason reason, String field, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    /** The settings attribute at fault for {@link Reason#INVALID}, else {@code null}. */
    public String field() {
        return field;
    }
}
