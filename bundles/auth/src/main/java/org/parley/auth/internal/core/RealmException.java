package org.parley.auth.internal.core;

/**
 * Why an outside realm did not vouch for a user: it refused (wrong password, disabled or locked, in no mapped group:
 * the user sees the one generic refusal, the audit record the reason) or could not answer (the directory cannot be
 * reached: the user is told so, since waiting or calling IT is what helps).
 */
public final class RealmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean unavailable;

    private RealmException(String message, boolean unavailable, Throwable cause) {
        super(message, cause);
        this.unavailable = unavailable;
    }

    /** The realm refused; {@code reason} goes to the audit record only. */
    public static RealmException refused(String reason) {
        return new RealmException(reason, false, null);
    }

    /** The realm could not be asked; {@code message} may be shown to the user. */
    public static RealmException unavailable(String message) {
        return new RealmException(message, true, null);
    }

    public static RealmException unavailable(String message, Throwable cause) {
        return new RealmException(message, true, cause);
    }

    public boolean unavailable() {
        return unavailable;
    }
}
