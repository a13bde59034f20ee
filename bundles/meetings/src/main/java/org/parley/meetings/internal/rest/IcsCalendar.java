package org.parley.meetings.internal.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import org.parley.meetings.internal.Meetings;
import org.parley.meetings.internal.model.Meeting;
import org.parley.meetings.internal.model.Schedule;

/**
 * Writes a meeting's invitation as an RFC 5545 calendar: one {@code VEVENT} with {@code DTSTART;TZID} (the
 * meeting's wall-clock time and IANA zone), {@code DURATION} and the {@code RRULE}, plus the {@code VTIMEZONE}
 * the standard requires for that TZID, built from the JDK's rules for the zone. Text is escaped and lines are
 * folded at 75 octets; lines end in CRLF. Stateless.
 */
final class IcsCalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = LOCAL.withZone(ZoneOffset.UTC);
    private static final int FOLD_OCTETS = 75;
    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private IcsCalendar() {
    }

    static String render(Meetings.Invitation invitation) {
        Meeting meeting = invitation.meeting();
        Schedule schedule = meeting.schedule();
        String zone = schedule.zone().getId();
        List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0",
                "PRODID:-//Parley//Meetings//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"));
        timeZone(lines, zone, schedule.zone().getRules(), schedule.start());
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + meeting.id() + "@parley");
        lines.add("DTSTAMP:" + UTC.format(invitation.issuedAt()) + "Z");
        lines.add("DTSTART;TZID=" + zone + ":" + LOCAL.format(schedule.start().atZone(schedule.zone())));
        lines.add("DURATION:PT" + schedule.duration().toMinutes() + "M");
        if (schedule.recurrence() != null) {
            lines.add("RRULE:" + schedule.recurrence().toRule());
        }
        lines.add("SUMMARY:" + text(meeting.title()));
        String description = "Join: " + meeting.linkPath() + "\nMeeting ID: " + meeting.numericId()
                + (invitation.passcode() == null ? "" : "\nPasscode: " + invitation.passcode());
        lines.add("DESCRIPTION:" + text(description));
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append("\r\n"));
        return out.toString();
    }

    /** A VTIMEZONE: one STANDARD/DAYLIGHT pair from the zone's yearly rules, or the fixed offset in force. */
    private static void timeZone(List<String> lines, String zone, ZoneRules rules, Instant start) {
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone);
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(start);
            observance(lines, "STANDARD", offset, offset, "19700101T000000", null);
        }
        for (ZoneOffsetTransitionRule rule : yearly) {
            boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            LocalDateTime wallClock = rule.createTransition(1970).getDateTimeBefore();
            observance(lines, daylight ? "DAYLIGHT" : "STANDARD", rule.getOffsetBefore(), rule.getOffsetAfter(),
                    LOCAL.format(wallClock), "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";" + day(rule));
        }
        lines.add("END:VTIMEZONE");
    }

    private static void observance(List<String> lines, String kind, ZoneOffset from, ZoneOffset to, String start,
            String rule) {
        lines.add("BEGIN:" + kind);
        lines.add("DTSTART:" + start);
        lines.add("TZOFFSETFROM:" + offset(from));
        lines.add("TZOFFSETTO:" + offset(to));
        if (rule != null) {
            lines.add("RRULE:" + rule);
        }
        lines.add("END:" + kind);
    }

    /**
     * The day of a yearly rule: "n-th" or "last" weekday when that is exact (the JDK writes "last Sunday of March"
     * as "Sunday on or after the 25th"), else the weekday within the seven month days the rule names.
     */
    private static String day(ZoneOffsetTransitionRule rule) {
        int indicator = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return "BYMONTHDAY=" + indicator;
        }
        String weekday = DAYS.get(rule.getDayOfWeek().ordinal());
        Month month = rule.getMonth();
        boolean lastWeek = month.minLength() == month.maxLength() && indicator + 6 == month.maxLength();
        if (indicator == -1 || lastWeek) {
            return "BYDAY=-1" + weekday;
        }
        if (indicator > 0 && (indicator - 1) % 7 == 0) {
            return "BYDAY=" + ((indicator - 1) / 7 + 1) + weekday;
        }
        List<String> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            week.add(Integer.toString(indicator > 0 ? indicator + i : indicator - i));
        }
        return "BYMONTHDAY=" + String.join(",", week) + ";BYDAY=" + weekday;
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + String.format("%02d%02d", minutes / 60, minutes % 60);
    }

    /** RFC 5545 TEXT: backslash, semicolon, comma and newline escaped; other control characters dropped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\', ';', ',' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                default -> {
                    if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Folds a content line so no physical line exceeds 75 octets, never splitting a UTF-8 character. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > FOLD_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
