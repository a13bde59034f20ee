package org.parley.auth.internal.guard;

import java.time.Duration;

/**
 * Thresholds of the brute-force defence.
 *
 * @param delayAfterFailures consecutive failures of one account after which each further attempt must wait
 * @param delayBase the first wait; it doubles with every further failure up to {@code delayMax}
 * @param lockAfterFailures consecutive failures after which the account is locked
 * @param lockDuration how long a lock lasts
 * @param addressMaxFailures failed sign-ins from one client address within {@code addressWindow} after which that
 *                           address is throttled (whatever user names it tries)
 */
public record BruteForcePolicy(int delayAfterFailures, Duration delayBase, Duration delayMax, int lockAfterFailures,
        Duration lockDuration, int addressMaxFailures, Duration addressWindow) {

    public static final BruteForcePolicy DEFAULTS = new BruteForcePolicy(3, Duration.ofSeconds(1),
            Duration.ofSeconds(30), 10, Duration.ofMinutes(15), 50, Duration.ofMinutes(15));

    /** The wait imposed after the {@code failures}-th consecutive failure, zero below the threshold. */
    public Duration delayAfter(int failures) {
        if (failures < delayAfterFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - delayAfterFailures, 30);
        Duration delay = delayBase.multipliedBy(1L << doublings);
        return delay.compareTo(delayMax) > 0 ? delayMax : delay;
    }
}
