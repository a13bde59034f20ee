package org.parley.meetings.api;

/** A join token that cannot attach; {@link #reason()} says why, {@link #getMessage()} says it to a person. */
public final class JoinRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a token was refused. */
    public enum Reason {
        /** Not a token of ours: malformed, another algorithm, bad signature. */
        INVALID,
        /** Signed by us but past its expiry. */
        EXPIRED,
        /** The participant left, was removed or denied, or never attached within the token's life. */
        REVOKED,
        /** The meeting ended (or was deleted). */
        ENDED
    }

    private final Reason reason;

    public JoinRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
