package org.parley.meetings.internal.live;

/**
 * A join the meeting's state does not allow; {@link #code()} is the stable code of the join route's 403
 * ({@code ended}, {@code blocked}, {@code sign-in-required}, {@code locked}, {@code full}), the message is for a
 * person.
 */
public final class JoinDenied extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;

    JoinDenied(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
