package org.parley.signaling.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.JoinRefused;

class ClosingTest {

    @Test
    void meetingsCloseReasonsKeepTheirCodeAndSentence() {
        for (CloseReason reason : CloseReason.values()) {
            assertEquals(new Closing(reason.code(), reason.text()), Closing.of(reason));
        }
        assertEquals(4003, Closing.of(CloseReason.DENIED).code());
    }

    @Test
    void refusedTokensClose4005SayingWhyAndAnEndedMeeting4001() {
        assertEquals(new Closing(4005, "the join token is not valid any more; join again"),
                Closing.of(new JoinRefused(JoinRefused.Reason.INVALID, "x")));
        assertEquals(new Closing(4005, "the join token is not valid any more; join again"),
                Closing.of(new JoinRefused(JoinRefused.Reason.REVOKED, "x")));
        assertEquals(new Closing(4005, "the join token expired; join again"),
                Closing.of(new JoinRefused(JoinRefused.Reason.EXPIRED, "x")));
        assertEquals(new Closing(4001, "this meeting has ended"),
                Closing.of(new JoinRefused(JoinRefused.Reason.ENDED, "x")));
    }

    @Test
    void aReasonLongerThanACloseFrameAllowsIsABug() {
        assertThrows(IllegalArgumentException.class, () -> new Closing(4000, "é".repeat(62)));
    }
}
