package org.parley.ctl;

/** The arguments do not fit the command: exit status 2 with the message and a pointer to {@code --help}. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
