package org.parley.system.internal.settings;

/** A value that does not fit its attribute; the message completes "attr='value' ...", e.g. "is not an integer". */
final class InvalidValueException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidValueException(String reason) {
        super(reason);
    }

    String reason() {
        return getMessage();
    }
}
