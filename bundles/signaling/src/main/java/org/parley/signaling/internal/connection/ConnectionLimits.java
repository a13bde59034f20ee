package org.parley.signaling.internal.connection;

import java.time.Duration;

/**
 * What one connection may do (settings PID {@code org.parley.signaling.Limits}, validated before this is made).
 *
 * @param messagesPerSecond the token bucket's rate
 * @param burst the token bucket's size
 * @param joinTimeout how long after the upgrade the {@code join} may come
 * @param queuedFrames how many frames may wait for a slow reader before it is closed (1008)
 */
public record ConnectionLimits(int messagesPerSecond, int burst, Duration joinTimeout, int queuedFrames) {

    /** Refused ({@code too-many}) messages in a row after which the connection is closed with 4008. */
    public static final int REFUSALS_BEFORE_CLOSE = 100;

    /** How long a close we started may take before the TCP connection is dropped. */
    public static final Duration CLOSE_GRACE = Duration.ofSeconds(10);
}
