package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dropped connection (the TCP connection cut, no close frame) keeps its participant's place for 30 s of the test
 * clock: the others see it disconnected, a resume with the same token brings the same participant back and nobody
 * sees it leave; after 30 s it has left ("connection lost") and its token is dead. A second window with the same
 * token replaces the first.
 */
class ResumeIT extends MeetingTestSupport {

    @Test
    void aDroppedConnectionResumesWithin30SecondsAsTheSameParticipant(Appliance parley) {
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            room.guest.signal().abort();
            assertConnected(room.host.signal().next("updated"), room.guest.id(), false);
            assertConnected(room.member.signal().next("updated"), room.guest.id(), false);
            Accounts.advance(parley, 29);
            try (Signal back = Signal.join(parley, room.guest.ticket().token())) {
                JsonNode welcome = back.next("welcome");
                assertEquals(room.guest.id(), welcome.path("you").path("id").asText(), "the same participant");
                assertEquals(3, welcome.path("roster").size(), welcome::toString);
                assertConnected(room.host.signal().next("updated"), room.guest.id(), true);
                Accounts.advance(parley, 2);
                back.send("chat", "text", "back again");
                assertEquals("back again", room.host.signal().next("chat").path("text").asText());
                for (LiveRoom.Attendee other : List.of(room.host, room.member)) {
                    other.signal().flush();
                    assertFalse(other.signal().types().contains("left"), "nobody saw a leave: " + other.signal());
                }
            }
            assertTrue(people.audit(room.meeting).stream().noneMatch(r -> "meeting.leave".equals(r.path("action")
                    .asText())), "a resumed drop is no leave");
        }
    }

    @Test
    void aDropNotResumedWithin30SecondsIsALeaveAndKillsTheToken(Appliance parley) {
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            room.guest.signal().abort();
            assertConnected(room.host.signal().next("updated"), room.guest.id(), false);
            Accounts.advance(parley, 31);
            JsonNode left = room.host.signal().next("left");
            assertEquals(room.guest.id(), left.path("participant").asText());
            assertEquals("connection lost", left.path("reason").asText());
            assertEquals("connection lost", room.member.signal().next("left").path("reason").asText());
            JoinTokenIT.assertRefused(parley, room.guest.ticket().token(), JoinTokenIT.NOT_VALID);
            assertTrue(people.audit(room.meeting).stream().anyMatch(r -> "meeting.leave".equals(r.path("action")
                    .asText()) && "connection lost".equals(r.path("details").path("reason").asText())
                    && room.guest.address().equals(r.path("clientAddress").asText())), "the loss is audited");
        }
    }

    @Test
    void aSecondWindowReplacesTheFirst(Appliance parley) {
        try (LiveRoom room = LiveRoom.open(parley, people);
                Signal second = Signal.join(parley, room.guest.ticket().token())) {
            assertEquals(room.guest.id(), second.next("welcome").path("you").path("id").asText());
            room.guest.signal().closedWith(4004, "this meeting was opened in another window");
            assertTrue(room.host.signal().flush().isEmpty(), "the others see no change");
        }
    }

    @Test
    void aHostInALongMeetingOutlivesItsWebSessionsIdleTimeout(Appliance parley) {
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            Api webSession = people.host();
            JsonNode token = null;
            for (int step = 0; step < 5; step++) {
                Accounts.advance(parley, 5 * 60);
                token = room.host.signal().next("token");
            }
            assertEquals(401, webSession.get("/api/v1/account").status(), "25 minutes: the web session idled out");
            room.host.signal().send("mute", "participant", room.guest.id());
            JsonNode muted = room.guest.signal().next("updated").path("participant");
            assertEquals(room.guest.id(), muted.path("id").asText());
            assertTrue(muted.path("audioMuted").asBoolean(), "the host control still works: " + muted);
            room.host.signal().abort();
            try (Signal back = Signal.join(parley, token.path("token").asText())) {
                assertEquals("host", back.next("welcome").path("you").path("role").asText(),
                        "the latest token resumes the host without the web session");
            }
        }
    }

    @Test
    void anAttachedParticipantGetsAFreshTokenEveryFiveMinutesAndResumesWithIt(Appliance parley) {
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            Accounts.advance(parley, 5 * 60);
            JsonNode first = room.guest.signal().next("token");
            Instant now = Accounts.advance(parley, 5 * 60 + 1);
            JsonNode second = room.guest.signal().next("token");
            assertEquals(now.getEpochSecond() + 10 * 60, Instant.parse(second.path("expiresAt").asText())
                    .getEpochSecond(), "ten minutes from its issue: " + second);
            assertTrue(Instant.parse(first.path("expiresAt").asText()).isBefore(Instant.parse(second.path("expiresAt")
                    .asText())), first::toString);
            room.guest.signal().abort();
            room.host.signal().next("updated");
            JoinTokenIT.assertRefused(parley, room.guest.ticket().token(), "the join token expired; join again");
            try (Signal back = Signal.join(parley, second.path("token").asText())) {
                assertEquals(room.guest.id(), back.next("welcome").path("you").path("id").asText(),
                        "resumed with the newest token, 10 minutes after the join");
            }
        }
    }

    private static void assertConnected(JsonNode updated, String participant, boolean connected) {
        assertEquals(participant, updated.path("participant").path("id").asText(), updated::toString);
        assertEquals(connected, updated.path("participant").path("connected").asBoolean(), updated::toString);
    }
}
