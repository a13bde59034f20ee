package org.parley.meetings.internal.model;

import java.time.ZonedDateTime;

/**
 * One sitting of a meeting, in the meeting's time zone. Immutable.
 *
 * @param start when it begins
 * @param end when it is planned to end
 */
public record Occurrence(ZonedDateTime start, ZonedDateTime end) {
}
