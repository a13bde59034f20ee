package org.parley.meetings.api;

/**
 * A command the meeting did not apply. {@link #code()} is stable for programs ({@code forbidden},
 * {@code not-found}, {@code invalid}, {@code not-joined}, {@code too-many}, and since 1.1 {@code media}: the media
 * server refused or is absent; a glare refusal's message starts with {@code glare}), the message is for a person.
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
