package org.parley.api.health;

import java.util.Objects;

/**
 * The outcome of one {@link HealthCheck}.
 *
 * @param status UP, WARN or DOWN
 * @param detail what is wrong and what to do about it (or a short "ok" summary); never a secret
 */
public record HealthResult(Status status, String detail) {

    /** A component's state. */
    public enum Status { UP, WARN, DOWN }

    public HealthResult {
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
    }

    public static HealthResult up(String detail) {
        return new HealthResult(Status.UP, detail);
    }

    public static HealthResult warn(String detail) {
        return new HealthResult(Status.WARN, detail);
    }

    public static HealthResult down(String detail) {
        return new HealthResult(Status.DOWN, detail);
    }
}
