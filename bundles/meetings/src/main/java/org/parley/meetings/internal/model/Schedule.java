package org.parley.meetings.internal.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * When a meeting happens: the first start, its length, the IANA zone and an optional {@link Recurrence}.
 * Occurrences keep the first meeting's wall-clock time in that zone, so a 09:00 weekly meeting stays at 09:00
 * local across daylight-saving changes (its UTC instant moves); a time that falls in a spring-forward gap moves
 * forward by the gap, as {@link ZonedDateTime#of} does. Immutable.
 *
 * @param start the first occurrence's start
 * @param duration how long each occurrence lasts
 * @param zone where the wall-clock time is kept
 * @param recurrence the repeat rule, or {@code null} for a one-off meeting
 */
public record Schedule(Instant start, Duration duration, ZoneId zone, Recurrence recurrence) {

    /**
     * The occurrences that overlap {@code [from, to)}, in order, at most {@code limit} of them.
     */
    public List<Occurrence> between(Instant from, Instant to, int limit) {
        ZonedDateTime first = start.atZone(zone);
        LocalDate firstDate = first.toLocalDate();
        LocalTime time = first.toLocalTime();
        List<Occurrence> found = new ArrayList<>();
        int emitted = 0;
        for (long period = 0; ; period++) {
            for (LocalDate date : datesOf(firstDate, period)) {
                if (date.isBefore(firstDate)) {
                    continue;
                }
                emitted++;
                ZonedDateTime begins = ZonedDateTime.of(date, time, zone);
                if (ended(emitted, begins) || !begins.toInstant().isBefore(to)) {
                    return found;
                }
                ZonedDateTime ends = begins.plus(duration);
                if (ends.toInstant().isAfter(from)) {
                    found.add(new Occurrence(begins, ends));
                    if (found.size() == limit) {
                        return found;
                    }
                }
            }
        }
    }

    private boolean ended(int emitted, ZonedDateTime begins) {
        if (recurrence == null) {
            return emitted > 1;
        }
        return recurrence.count() != null && emitted > recurrence.count()
                || recurrence.until() != null && begins.toInstant().isAfter(recurrence.until());
    }

    private List<LocalDate> datesOf(LocalDate firstDate, long period) {
        if (recurrence == null || !recurrence.weekly()) {
            int interval = recurrence == null ? 1 : recurrence.interval();
            return List.of(firstDate.plusDays(period * interval));
        }
        if (recurrence.days().isEmpty()) {
            return List.of(firstDate.plusWeeks(period * recurrence.interval()));
        }
        LocalDate monday = firstDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusWeeks(period * recurrence.interval());
        return recurrence.days().stream().sorted().map(day -> monday.plusDays(day.ordinal())).toList();
    }
}
