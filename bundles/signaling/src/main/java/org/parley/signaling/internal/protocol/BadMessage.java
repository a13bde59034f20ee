package org.parley.signaling.internal.protocol;

/**
 * A client message refused by validation. The message names the field and says what is wrong, for the
 * {@code error} reply; it never repeats the client's values (they may be chat text).
 */
public final class BadMessage extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String ref;

    BadMessage(String field, String message, String ref) {
        super(field == null ? message : field + ": " + message, null, false, false);
        this.field = field;
        this.ref = ref;
    }

    /** The offending field ({@code chat.text}, {@code v}, …), or {@code null} when the whole message is bad. */
    public String field() {
        return field;
    }

    /** The message's {@code id} when it had a valid one, else {@code null}. */
    public String ref() {
        return ref;
    }
}
