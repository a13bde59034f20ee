package org.parley.meetings.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Schedule schedule(String localStart, ZoneId zone, String rule) {
        Instant start = ZonedDateTime.of(LocalDateTime.parse(localStart), zone).toInstant();
        return new Schedule(start, Duration.ofMinutes(60), zone, rule == null ? null : Recurrence.parse(rule));
    }

    private static List<String> utcStarts(Schedule schedule, String from, String to) {
        return schedule.between(Instant.parse(from), Instant.parse(to), 500).stream()
                .map(o -> o.start().toInstant().toString()).toList();
    }

    @Test
    void weeklyNineOClockInBerlinStaysNineLocalAcrossTheMarch2027Change() {
        Schedule weekly = schedule("2027-03-18T09:00", BERLIN, "FREQ=WEEKLY");
        List<Occurrence> found = weekly.between(Instant.parse("2027-03-01T00:00:00Z"),
                Instant.parse("2027-04-09T00:00:00Z"), 500);
        assertEquals(List.of("2027-03-18T08:00:00Z", "2027-03-25T08:00:00Z", "2027-04-01T07:00:00Z",
                "2027-04-08T07:00:00Z"), found.stream().map(o -> o.start().toInstant().toString()).toList());
        found.forEach(o -> assertEquals(9, o.start().getHour(), "09:00 local each week"));
        assertEquals("2027-04-01T10:00+02:00[Europe/Berlin]", found.get(2).end().toString());
    }

    @Test
    void dailyNineOClockInNewYorkStaysNineLocalAcrossTheMarch14Change() {
        Schedule daily = schedule("2027-03-12T09:00", NEW_YORK, "FREQ=DAILY;COUNT=4");
        assertEquals(List.of("2027-03-12T14:00:00Z", "2027-03-13T14:00:00Z", "2027-03-14T13:00:00Z",
                "2027-03-15T13:00:00Z"), utcStarts(daily, "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z"));
    }

    @Test
    void aTimeInTheSpringForwardGapMovesForwardByTheGap() {
        Schedule night = schedule("2027-03-27T02:30", BERLIN, "FREQ=DAILY;COUNT=3");
        List<Occurrence> found = night.between(Instant.parse("2027-03-01T00:00:00Z"),
                Instant.parse("2027-04-01T00:00:00Z"), 500);
        assertEquals(List.of(2, 3, 2), found.stream().map(o -> o.start().getHour()).toList());
    }

    @Test
    void weeklyByDayWithIntervalUntilAndCount() {
        Schedule twoDays = schedule("2027-01-06T10:00", BERLIN, "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=5");
        assertEquals(List.of("2027-01-06", "2027-01-18", "2027-01-20", "2027-02-01", "2027-02-03"),
                twoDays.between(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"), 500)
                        .stream().map(o -> o.start().toLocalDate().toString()).toList(),
                "the Monday before the first Wednesday is not an occurrence, and it is not counted");
        Schedule untilFriday = schedule("2027-01-04T10:00", BERLIN, "FREQ=DAILY;UNTIL=20270108T090000Z");
        assertEquals(5, untilFriday.between(Instant.parse("2027-01-01T00:00:00Z"),
                Instant.parse("2028-01-01T00:00:00Z"), 500).size(), "UNTIL is inclusive");
    }

    @Test
    void theWindowTakesOverlappingOccurrencesAndTheLimitCapsThem() {
        Schedule daily = schedule("2027-01-01T09:00", BERLIN, "FREQ=DAILY");
        assertEquals(List.of("2027-01-10T08:00:00Z", "2027-01-11T08:00:00Z"),
                utcStarts(daily, "2027-01-10T08:30:00Z", "2027-01-11T08:30:00Z"), "one in progress, one starting");
        assertEquals(500, daily.between(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"),
                500).size());
        Schedule once = schedule("2027-01-01T09:00", BERLIN, null);
        assertEquals(1, once.between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"),
                500).size());
        assertEquals(0, once.between(Instant.parse("2027-01-01T09:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"),
                500).size(), "it ended at 09:00Z");
    }
}
