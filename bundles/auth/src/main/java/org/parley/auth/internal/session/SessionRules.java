package org.parley.auth.internal.session;

import org.parley.api.rest.Credentials;
import org.parley.auth.internal.crypto.Secrets;

/** When a session has ended, and whether a request on it passes the CSRF check. Pure functions. */
public final class SessionRules {

    private SessionRules() {
    }

    /** Ended when idle for the idle timeout or older than the absolute lifetime (both inclusive). */
    public static boolean expired(SessionRecord session, long nowMillis, SessionLimits limits) {
        return nowMillis - session.lastActiveAt() >= limits.idle().toMillis()
                || nowMillis - session.createdAt() >= limits.absolute().toMillis();
    }

    /** Whole seconds until the idle timeout ends the session (0 once it has), rounded down. */
    public static long idleSecondsLeft(SessionRecord session, long nowMillis, SessionLimits limits) {
        return secondsUntil(session.lastActiveAt() + limits.idle().toMillis(), nowMillis);
    }

    /** Whole seconds until the absolute lifetime ends the session (0 once it has), rounded down. */
    public static long absoluteSecondsLeft(SessionRecord session, long nowMillis, SessionLimits limits) {
        return secondsUntil(session.createdAt() + limits.absolute().toMillis(), nowMillis);
    }

    private static long secondsUntil(long endMillis, long nowMillis) {
        return Math.max(0, (endMillis - nowMillis) / 1000);
    }

    /** Reading needs no token; POST, PUT, PATCH and DELETE must echo the session's token in X-CSRF-Token. */
    public static boolean csrfAccepted(Credentials credentials, SessionRecord session) {
        return !credentials.changesState() || Secrets.constantTimeEquals(credentials.csrfToken(),
                session.csrfToken());
    }
}
