package org.parley.audit.internal.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditQuery;

/**
 * Turns the query parameters of {@code GET /api/v1/audit} into an {@link AuditQuery}. A value that cannot be read
 * is a 400, one that is read but not allowed a 422; both name the parameter.
 */
final class AuditQueryParameters {

    static final int DEFAULT_LIMIT = 100;

    private AuditQueryParameters() {
    }

    /** @param limit the {@code limit} parameter; {@code fallback} when absent */
    static AuditQuery parse(String actor, String action, String target, String from, String to, String after,
            String limit, int fallback) {
        Instant fromTime = instant("from", from);
        Instant toTime = instant("to", to);
        if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
            throw new ProblemException(422, "Invalid value", "'to' (" + toTime + ") must be later than 'from' ("
                    + fromTime + ")", "to");
        }
        Long afterSequence = number("after", after, 0, Long.MAX_VALUE);
        Long parsedLimit = number("limit", limit, 1, AuditQuery.MAX_LIMIT);
        return new AuditQuery(blankToNull(actor), blankToNull(action), blankToNull(target), fromTime, toTime,
                afterSequence, parsedLimit == null ? fallback : parsedLimit.intValue());
    }

    private static Instant instant(String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException notUtc) {
            try {
                return OffsetDateTime.parse(value.trim()).toInstant();
            } catch (DateTimeParseException e) {
                throw new ProblemException(400, "Bad request", "'" + name + "' must be an ISO-8601 time such as "
                        + "2025-01-31T08:00:00Z, not '" + value + "'", name);
            }
        }
    }

    private static Long number(String name, String value, long min, long max) {
        if (blankToNull(value) == null) {
            return null;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new ProblemException(400, "Bad request", "'" + name + "' must be a whole number, not '" + value
                    + "'", name);
        }
        if (parsed < min || parsed > max) {
            throw ProblemException.invalid(name, "'" + name + "' must be from " + min + " to " + max + ", not "
                    + parsed);
        }
        return parsed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
