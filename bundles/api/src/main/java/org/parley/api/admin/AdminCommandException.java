package org.parley.api.admin;

/**
 * An admin command that could not be done. The message is shown to the person at the console as is, so it names
 * the cause and what to do; it never contains a secret.
 */
public class AdminCommandException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The exit status {@code parleyctl} ends with: 1 failed, 2 bad usage or value, 69 unavailable, 75 try again. */
    private final int exitStatus;

    public AdminCommandException(int exitStatus, String message) {
        super(message);
        this.exitStatus = exitStatus;
    }

    public int exitStatus() {
        return exitStatus;
    }
}
