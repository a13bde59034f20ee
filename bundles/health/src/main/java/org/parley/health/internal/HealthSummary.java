package org.parley.health.internal;

/**
 * The public health view: {@code UP} while the appliance can serve (even with warnings), {@code DOWN} when a critical
 * component is down. Says nothing about which component or why.
 *
 * @param status {@code UP} or {@code DOWN}
 */
public record HealthSummary(String status) {
}
