package org.parley.meetings.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.parley.api.rest.ProblemException;
import org.parley.meetings.internal.model.MeetingOptions;
import org.parley.meetings.internal.model.Recurrence;
import org.parley.meetings.internal.model.Schedule;

/**
 * The editable part of a meeting after a {@link MeetingChange} is applied to what was there (or to the defaults
 * for a new one), each field checked with a 422 naming it. Immutable.
 *
 * @param title the checked title
 * @param schedule the checked schedule
 * @param options the options (the policy is checked separately)
 * @param passcode the passcode in clear, {@code null} for none; only meaningful when {@code passcodeChanged}
 * @param passcodeChanged whether the change set or cleared the passcode
 * @param changed the names of the fields the change touched, for the audit record (never their values)
 */
record MeetingFields(String title, Schedule schedule, MeetingOptions options, String passcode, boolean passcodeChanged,
        List<String> changed) {

    static final int MAX_TITLE = 200;
    static final int MAX_MINUTES = 1440;
    static final int DEFAULT_MINUTES = 60;

    /** Applies {@code change} to {@code base}; {@code base} has null title and schedule for a new meeting. */
    static MeetingFields apply(String baseTitle, Schedule base, MeetingOptions baseOptions, MeetingChange change) {
        List<String> changed = new ArrayList<>();
        String title = change.title() == null ? required(baseTitle, "title") : title(change.title());
        Instant start = change.start() == null ? required(base == null ? null : base.start(), "start")
                : start(change.start());
        int minutes = change.durationMinutes() == null ? base == null ? DEFAULT_MINUTES
                : (int) base.duration().toMinutes() : minutes(change.durationMinutes());
        ZoneId zone = change.timeZone() == null ? required(base == null ? null : base.zone(), "timeZone")
                : zone(change.timeZone());
        Recurrence recurrence = change.recurrence() == null ? base == null ? null : base.recurrence()
                : change.recurrence().isBlank() ? null : Recurrence.parse(change.recurrence());
        Schedule schedule = new Schedule(start, Duration.ofMinutes(minutes), zone, recurrence);
        checkFits(schedule);
        String passcode = change.passcode() == null || change.passcode().isEmpty() ? null : passcode(change.passcode());
        MeetingOptions options = new MeetingOptions(
                pick(change.waitingRoom(), baseOptions.waitingRoom()),
                pick(change.guestsAllowed(), baseOptions.guestsAllowed()),
                pick(change.joinBeforeHost(), baseOptions.joinBeforeHost()),
                pick(change.muteOnEntry(), baseOptions.muteOnEntry()),
                pick(change.maxParticipants(), baseOptions.maxParticipants()),
                pick(change.locked(), baseOptions.locked()));
        note(changed, "title", change.title());
        note(changed, "start", change.start());
        note(changed, "durationMinutes", change.durationMinutes());
        note(changed, "timeZone", change.timeZone());
        note(changed, "recurrence", change.recurrence());
        note(changed, "passcode", change.passcode());
        note(changed, "waitingRoom", change.waitingRoom());
        note(changed, "guestsAllowed", change.guestsAllowed());
        note(changed, "joinBeforeHost", change.joinBeforeHost());
        note(changed, "muteOnEntry", change.muteOnEntry());
        note(changed, "maxParticipants", change.maxParticipants());
        note(changed, "locked", change.locked());
        return new MeetingFields(title, schedule, options, passcode, change.passcode() != null, List.copyOf(changed));
    }

    private static void checkFits(Schedule schedule) {
        Recurrence rule = schedule.recurrence();
        if (rule == null) {
            return;
        }
        if (!rule.days().isEmpty() && !rule.days().contains(schedule.start().atZone(schedule.zone()).getDayOfWeek())) {
            throw ProblemException.invalid("recurrence", "BYDAY must include the weekday of the first meeting.");
        }
        if (rule.until() != null && rule.until().isBefore(schedule.start())) {
            throw ProblemException.invalid("recurrence", "UNTIL is before the first meeting.");
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw ProblemException.invalid(field, field + " is required.");
        }
        return value;
    }

    private static String title(String value) {
        String title = value.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE || title.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid("title", "Give a title of 1 to " + MAX_TITLE
                    + " characters on one line.");
        }
        return title;
    }

    private static Instant start(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("start", "Give the start as ISO-8601 with an offset, "
                    + "e.g. 2027-03-18T09:00:00+01:00.");
        }
    }

    private static int minutes(int value) {
        if (value < 1 || value > MAX_MINUTES) {
            throw ProblemException.invalid("durationMinutes", "The duration is 1 to " + MAX_MINUTES + " minutes.");
        }
        return value;
    }

    private static ZoneId zone(String value) {
        try {
            if (ZoneId.getAvailableZoneIds().contains(value)) {
                return ZoneId.of(value);
            }
        } catch (DateTimeException e) {
            // refused below with the same message
        }
        throw ProblemException.invalid("timeZone", "Give an IANA time zone such as Europe/Berlin.");
    }

    private static String passcode(String value) {
        if (!value.matches("[0-9]{6,10}")) {
            throw ProblemException.invalid("passcode", "The passcode is 6 to 10 digits.");
        }
        return value;
    }

    private static <T> T pick(T changed, T kept) {
        return changed == null ? kept : changed;
    }

    private static void note(List<String> changed, String name, Object value) {
        if (value != null) {
            changed.add(name);
        }
    }
}
