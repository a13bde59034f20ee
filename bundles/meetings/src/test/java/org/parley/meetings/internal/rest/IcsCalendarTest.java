package org.parley.meetings.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.meetings.internal.Meetings;
import org.parley.meetings.internal.model.Meeting;
import org.parley.meetings.internal.model.MeetingOptions;
import org.parley.meetings.internal.model.Recurrence;
import org.parley.meetings.internal.model.Schedule;

class IcsCalendarTest {

    private static Meetings.Invitation invitation(String zone, String title, String passcode) {
        Schedule schedule = new Schedule(Instant.parse("2027-03-18T08:00:00Z"), Duration.ofMinutes(45),
                ZoneId.of(zone), Recurrence.parse("FREQ=WEEKLY;BYDAY=TH;COUNT=10"));
        Meeting meeting = new Meeting("AbCdEfGhIjKlMnOpQrStUv", 1234567890L, "acc-1", "alice", title, schedule,
                new MeetingOptions(true, true, false, false, 100, false), "sealed", Instant.EPOCH, Instant.EPOCH);
        return new Meetings.Invitation(meeting, passcode, Instant.parse("2026-11-26T10:00:00Z"));
    }

    private static List<String> lines(String ics) {
        assertTrue(ics.endsWith("\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void eventHasTheLocalStartWithTzidTheRuleAndTheZoneDefinition() {
        List<String> lines = lines(IcsCalendar.render(invitation("Europe/Berlin", "Weekly sync", "246810")));
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("DTSTART;TZID=Europe/Berlin:20270318T090000"), lines.toString());
        assertTrue(lines.contains("DURATION:PT45M"));
        assertTrue(lines.contains("RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=10"));
        assertTrue(lines.contains("DTSTAMP:20261126T100000Z"));
        assertTrue(lines.contains("UID:AbCdEfGhIjKlMnOpQrStUv@parley"));
        assertTrue(lines.contains("DESCRIPTION:Join: /m/AbCdEfGhIjKlMnOpQrStUv\\nMeeting ID: 1234567890\\nPasscode: 246810"));
        int zone = lines.indexOf("BEGIN:VTIMEZONE");
        assertEquals(List.of("TZID:Europe/Berlin", "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
                "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"),
                lines.subList(zone + 1, zone + 15));
    }

    @Test
    void newYorkRulesAndAFixedZone() {
        List<String> ny = lines(IcsCalendar.render(invitation("America/New_York", "x", null)));
        assertTrue(ny.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"), ny.toString());
        assertTrue(ny.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"));
        assertTrue(ny.contains("DTSTART;TZID=America/New_York:20270318T040000"));
        assertTrue(ny.contains("DESCRIPTION:Join: /m/AbCdEfGhIjKlMnOpQrStUv\\nMeeting ID: 1234567890"),
                "no passcode line when the caller may not see it");
        List<String> tokyo = lines(IcsCalendar.render(invitation("Asia/Tokyo", "x", null)));
        assertTrue(tokyo.contains("TZOFFSETTO:+0900"));
        assertTrue(tokyo.contains("DTSTART;TZID=Asia/Tokyo:20270318T170000"));
    }

    @Test
    void titleTextIsEscapedAndLongLinesFoldedWithinSeventyFiveOctets() {
        String title = "Plan; budget, Q1\\Q2 " + "é".repeat(80);
        String ics = IcsCalendar.render(invitation("Europe/Berlin", title, null));
        for (String physical : ics.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
        }
        assertTrue(lines(ics).contains("SUMMARY:Plan\\; budget\\, Q1\\\\Q2 " + "é".repeat(80)));
    }
}
