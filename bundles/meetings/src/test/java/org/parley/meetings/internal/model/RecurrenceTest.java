package org.parley.meetings.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.api.rest.ProblemException;

class RecurrenceTest {

    @Test
    void readsTheSubsetAndWritesItCanonically() {
        Recurrence rule = Recurrence.parse("rrule:freq=weekly;byday=th,mo;interval=2;until=20271231T230000Z");
        assertEquals(new Recurrence(true, 2, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), null,
                Instant.parse("2027-12-31T23:00:00Z")), rule);
        assertEquals("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20271231T230000Z", rule.toRule());
        assertEquals("FREQ=DAILY;COUNT=3", Recurrence.parse("FREQ=DAILY;COUNT=3").toRule());
        assertEquals(rule, Recurrence.parse(rule.toRule()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "FREQ=MONTHLY", "FREQ=WEEKLY;COUNT=0", "FREQ=WEEKLY;COUNT=1001",
            "FREQ=WEEKLY;INTERVAL=100", "FREQ=WEEKLY;BYDAY=XX", "FREQ=DAILY;BYDAY=MO", "FREQ=WEEKLY;BYMONTH=3",
            "FREQ=WEEKLY;COUNT=2;UNTIL=20270101T000000Z", "FREQ=WEEKLY;UNTIL=20270101", "FREQ=WEEKLY;FREQ=DAILY",
            "FREQ=WEEKLY;;", "FREQ=WEEKLY;BYDAY=1MO", "FREQ=WEEKLY;COUNT=-1"})
    void refusesWhatItDoesNotSupportNamingTheField(String rule) {
        ProblemException refused = assertThrows(ProblemException.class, () -> Recurrence.parse(rule));
        assertEquals(422, refused.status());
        assertEquals("recurrence", refused.field());
    }
}
