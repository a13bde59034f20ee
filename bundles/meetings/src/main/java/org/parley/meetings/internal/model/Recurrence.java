package org.parley.meetings.internal.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.api.rest.ProblemException;

/**
 * The RFC 5545 {@code RRULE} subset meetings support: {@code FREQ=DAILY|WEEKLY}, {@code INTERVAL},
 * {@code BYDAY} (weekly only, two-letter days, must include the first meeting's day) and at most one of
 * {@code COUNT} or {@code UNTIL} (UTC form {@code 20270401T000000Z}). Anything else is refused rather than
 * half-understood, so the schedule Parley shows is the one a calendar client computes. Immutable.
 *
 * @param weekly {@code FREQ=WEEKLY} (else daily)
 * @param interval every how many days or weeks, 1 to 99
 * @param days the weekdays of a weekly rule, empty for "the first meeting's day"
 * @param count how many occurrences in all, or {@code null}
 * @param until no occurrence starts after this instant, or {@code null}
 */
public record Recurrence(boolean weekly, int interval, Set<DayOfWeek> days, Integer count, Instant until) {

    static final int MAX_COUNT = 1000;
    private static final int MAX_LENGTH = 200;
    private static final DateTimeFormatter UTC_STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    public Recurrence {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /** Reads a rule such as {@code FREQ=WEEKLY;BYDAY=MO,TH;COUNT=10}; an optional {@code RRULE:} prefix is ignored. */
    public static Recurrence parse(String text) {
        String rule = text.strip().toUpperCase(Locale.ROOT);
        if (rule.startsWith("RRULE:")) {
            rule = rule.substring("RRULE:".length());
        }
        if (rule.isEmpty() || rule.length() > MAX_LENGTH) {
            throw invalid("Give a rule of at most " + MAX_LENGTH + " characters, e.g. FREQ=WEEKLY;BYDAY=MO.");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : rule.split(";", -1)) {
            int equals = part.indexOf('=');
            if (equals <= 0 || parts.put(part.substring(0, equals), part.substring(equals + 1)) != null) {
                throw invalid("Each part is NAME=value, once: '" + part + "' is not.");
            }
        }
        String frequency = parts.remove("FREQ");
        if (!"DAILY".equals(frequency) && !"WEEKLY".equals(frequency)) {
            throw invalid("FREQ must be DAILY or WEEKLY.");
        }
        boolean weekly = "WEEKLY".equals(frequency);
        int interval = parts.containsKey("INTERVAL") ? number(parts.remove("INTERVAL"), "INTERVAL", 99) : 1;
        Set<DayOfWeek> days = parts.containsKey("BYDAY") ? days(parts.remove("BYDAY")) : Set.of();
        if (!days.isEmpty() && !weekly) {
            throw invalid("BYDAY is supported with FREQ=WEEKLY only.");
        }
        Integer count = parts.containsKey("COUNT") ? number(parts.remove("COUNT"), "COUNT", MAX_COUNT) : null;
        Instant until = parts.containsKey("UNTIL") ? until(parts.remove("UNTIL")) : null;
        if (count != null && until != null) {
            throw invalid("Give COUNT or UNTIL, not both.");
        }
        if (!parts.isEmpty()) {
            throw invalid("Not supported: " + String.join(", ", parts.keySet())
                    + ". Use FREQ, INTERVAL, BYDAY, COUNT or UNTIL.");
        }
        return new Recurrence(weekly, interval, days, count, until);
    }

    /** The canonical {@code RRULE} value (without the {@code RRULE:} name), as stored and put in {@code .ics}. */
    public String toRule() {
        StringBuilder rule = new StringBuilder(weekly ? "FREQ=WEEKLY" : "FREQ=DAILY");
        if (interval > 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (!days.isEmpty()) {
            List<String> codes = new ArrayList<>();
            EnumSet.copyOf(days).forEach(day -> codes.add(DAY_CODES.get(day.ordinal())));
            rule.append(";BYDAY=").append(String.join(",", codes));
        }
        if (count != null) {
            rule.append(";COUNT=").append(count);
        }
        if (until != null) {
            rule.append(";UNTIL=").append(UTC_STAMP.format(until));
        }
        return rule.toString();
    }

    private static int number(String value, String name, int max) {
        if (!value.matches("[0-9]{1,4}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > max) {
            throw invalid(name + " must be a whole number from 1 to " + max + ".");
        }
        return Integer.parseInt(value);
    }

    private static Set<DayOfWeek> days(String value) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String code : value.split(",", -1)) {
            int index = DAY_CODES.indexOf(code);
            if (index < 0) {
                throw invalid("BYDAY takes MO, TU, WE, TH, FR, SA or SU separated by commas; '" + code + "' is not.");
            }
            days.add(DayOfWeek.of(index + 1));
        }
        return days;
    }

    private static Instant until(String value) {
        try {
            return Instant.from(UTC_STAMP.parse(value));
        } catch (DateTimeParseException e) {
            throw invalid("UNTIL must be a UTC time such as 20270401T000000Z.");
        }
    }

    private static ProblemException invalid(String detail) {
        return ProblemException.invalid("recurrence", detail);
    }
}
