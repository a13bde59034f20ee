package org.parley.launcher;

/** A configuration the appliance cannot start with; its message names the file or setting and the fix. */
final class ConfigurationError extends Exception {

    private static final long serialVersionUID = 1L;

    ConfigurationError(String message) {
        super(message);
    }
}
