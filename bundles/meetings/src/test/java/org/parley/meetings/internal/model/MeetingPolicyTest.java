package org.parley.meetings.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.parley.api.rest.ProblemException;

class MeetingPolicyTest {

    private static final MeetingPolicy STRICT = new MeetingPolicy(true, true, false, 50);

    private static String refusedField(MeetingOptions options, boolean hasPasscode) {
        ProblemException e = assertThrows(ProblemException.class, () -> STRICT.check(options, hasPasscode));
        assertEquals(422, e.status());
        return e.field();
    }

    @Test
    void enforcesPasscodeGuestsAndMaximumNamingTheField() {
        MeetingOptions ok = new MeetingOptions(true, false, false, false, 50, false);
        STRICT.check(ok, true);
        assertEquals("passcode", refusedField(ok, false));
        assertEquals("guestsAllowed", refusedField(new MeetingOptions(true, true, false, false, 10, false), true));
        assertEquals("maxParticipants", refusedField(new MeetingOptions(true, false, false, false, 51, false), true));
        assertEquals("maxParticipants", refusedField(new MeetingOptions(true, false, false, false, 1, false), true));
    }

    @Test
    void defaultsFollowThePolicyAndItsRangeIsChecked() {
        assertEquals(new MeetingOptions(true, false, false, false, 50, false), STRICT.defaults());
        assertThrows(IllegalArgumentException.class, () -> new MeetingPolicy(false, true, true, 1));
        assertThrows(IllegalArgumentException.class, () -> new MeetingPolicy(false, true, true, 1001));
    }
}
