package org.parley.auth.internal.session;

import java.time.Duration;

/**
 * How long a session lives: it ends after {@code idle} without user activity or {@code absolute} after sign-in,
 * whichever comes first.
 *
 * @param banner the sign-in banner (a legal notice), empty for none
 */
public record SessionLimits(Duration idle, Duration absolute, String banner) {

    public static final SessionLimits DEFAULTS = new SessionLimits(Duration.ofMinutes(15), Duration.ofHours(12), "");
}
