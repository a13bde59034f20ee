package org.parley.meetings.api;

/**
 * A command the meeting did not apply. {@link #code()} is stable for programs ({@code forbidden},
 * {@code not-found}, {@code invalid}, {@code too-many}), the message is for a person.
 */
public final class CommandRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;

    public CommandRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
