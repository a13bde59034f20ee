package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The lobby over the real {@code /ws}: a guest waiting in a meeting with a waiting room learns its own id, its name
 * and why it waits, and nothing else while the meeting goes on; hosts see who knocks and admit or deny one or all; a
 * meeting whose host is not there yet holds everyone until the host comes.
 */
class LobbyIT extends MeetingTestSupport {

    private static final String WAITING_ROOM = "\"waitingRoom\": true, \"guestsAllowed\": true, "
            + "\"joinBeforeHost\": true";

    @Test
    void aWaitingGuestLearnsNothingOfTheMeetingUntilAdmitted(Appliance parley) {
        String title = "Lobby " + UUID.randomUUID();
        String meeting = people.create(title, WAITING_ROOM);
        LiveRoom.Attendee host = LiveRoom.attend(parley, people.host(), meeting, "{}");
        LiveRoom.Attendee member = LiveRoom.attend(parley, people.member(), meeting, "{}");
        assertEquals("admitted", member.ticket().state(), "staff come straight in");
        MeetingFixture.Ticket ticket = people.guestJoins(meeting, "Gina");
        assertEquals("waiting", ticket.state());
        try (Signal guest = Signal.join(parley, ticket.token())) {
            JsonNode waiting = guest.next();
            assertEquals("waiting", waiting.path("type").asText(), guest::toString);
            assertEquals(ticket.participant(), waiting.path("you").asText());
            assertEquals("Gina", waiting.path("name").asText());
            assertEquals("waiting-room", waiting.path("reason").asText());
            assertEquals(Set.of("v", "type", "you", "name", "reason"), fieldNames(waiting));
            JsonNode knock = host.signal().next("lobby").path("waiting").get(0);
            assertEquals(ticket.participant(), knock.path("id").asText(), knock::toString);
            assertEquals("Gina", knock.path("name").asText());

            meetingGoesOn(host, member);
            aimAtTheLobby(host, member, ticket.participant());
            assertTrue(guest.flush().isEmpty(), "nothing reached the waiting guest: " + guest);
            assertEquals(List.of("waiting", "pong"), guest.types());
            assertTrue(member.signal().received("lobby").isEmpty(), "only hosts see the lobby: " + member.signal());
            guest.send("chat", "text", "let me in", "id", "c1");
            assertEquals("c1", guest.error("forbidden").path("ref").asText());

            host.signal().send("admit", "participant", ticket.participant());
            JsonNode welcome = guest.next("welcome");
            assertEquals(title, welcome.path("meeting").path("title").asText(), "the title comes with the welcome");
            assertEquals(Set.of(host.id(), member.id(), ticket.participant()),
                    Set.copyOf(welcome.path("roster").findValuesAsText("id")), welcome::toString);
            assertEquals(0, welcome.path("waiting").size(), "a participant sees no lobby");
            assertEquals(ticket.participant(), member.signal().next("joined").path("participant").path("id")
                    .asText());
            assertEquals(0, host.signal().next("lobby").path("waiting").size(), "the lobby is empty again");
            assertAudited(meeting, "meeting.admit", host, ticket.participant());
        } finally {
            host.signal().close();
            member.signal().close();
        }
    }

    /** Chat, hands, microphones, cameras, a rename, a lock: what a lobby must not leak. */
    private static void meetingGoesOn(LiveRoom.Attendee host, LiveRoom.Attendee member) {
        host.signal().send("chat", "text", "Welcome everyone");
        member.signal().send("chat", "text", "Private to the host", "to", host.id());
        member.signal().send("hand", "raised", true);
        member.signal().send("media", "audioMuted", false, "videoMuted", true);
        host.signal().send("mute", "participant", member.id());
        host.signal().send("mute");
        host.signal().send("stop-video", "participant", member.id());
        host.signal().send("rename", "participant", member.id(), "name", "Dr. Member");
        host.signal().send("lock", "locked", true);
        host.signal().send("lock", "locked", false);
        host.signal().send("cohost", "participant", member.id(), "cohost", true);
        host.signal().send("cohost", "participant", member.id(), "cohost", false);
        host.signal().flush();
        member.signal().flush();
    }

    /** Controls and a private message aimed at someone in the lobby: not in the meeting yet, so not found. */
    private static void aimAtTheLobby(LiveRoom.Attendee host, LiveRoom.Attendee member, String waiting) {
        member.signal().send("chat", "text", "psst", "to", waiting);
        member.signal().error("not-found");
        for (Object[] control : List.of(new Object[] {"ask-unmute", "participant", waiting},
                new Object[] {"mute", "participant", waiting}, new Object[] {"stop-video", "participant", waiting},
                new Object[] {"rename", "participant", waiting, "name", "Renamed"},
                new Object[] {"cohost", "participant", waiting, "cohost", true})) {
            Object[] fields = java.util.Arrays.copyOfRange(control, 1, control.length);
            host.signal().send((String) control[0], fields);
            assertEquals("not-found", host.signal().next("error").path("code").asText(), control[0]::toString);
        }
    }

    @Test
    void hostsDenyOneAndAdmitEveryoneElse(Appliance parley) {
        String meeting = people.create("Knocks " + UUID.randomUUID(), WAITING_ROOM);
        LiveRoom.Attendee host = LiveRoom.attend(parley, people.host(), meeting, "{}");
        MeetingFixture.Ticket denied = people.guestJoins(meeting, "Dan");
        MeetingFixture.Ticket first = people.guestJoins(meeting, "Ada");
        MeetingFixture.Ticket second = people.guestJoins(meeting, "Bo");
        try (Signal deniedSignal = Signal.join(parley, denied.token());
                Signal firstSignal = Signal.join(parley, first.token());
                Signal secondSignal = Signal.join(parley, second.token())) {
            for (Signal waiting : List.of(deniedSignal, firstSignal, secondSignal)) {
                waiting.next("waiting");
            }
            awaitLobby(host.signal(), 3);
            host.signal().send("deny", "participant", denied.participant());
            deniedSignal.closedWith(4003, "a host did not let you in");
            awaitLobby(host.signal(), 2);
            JoinTokenIT.assertRefused(parley, denied.token(), JoinTokenIT.NOT_VALID);

            host.signal().send("admit");
            assertEquals(first.participant(), firstSignal.next("welcome").path("you").path("id").asText());
            assertEquals(second.participant(), secondSignal.next("welcome").path("you").path("id").asText());
            awaitLobby(host.signal(), 0);
            assertAudited(meeting, "meeting.deny", host, denied.participant());
            assertAudited(meeting, "meeting.admit", host, first.participant());
            assertAudited(meeting, "meeting.admit", host, second.participant());
        } finally {
            host.signal().close();
        }
    }

    @Test
    void withoutJoinBeforeHostEveryoneWaitsForTheHost(Appliance parley) {
        String meeting = people.create("Host first " + UUID.randomUUID(), "\"waitingRoom\": true, "
                + "\"joinBeforeHost\": false");
        MeetingFixture.Ticket member = people.memberJoins(meeting);
        MeetingFixture.Ticket guest = people.guestJoins(meeting, "Gina");
        assertEquals("waiting", member.state(), "staff wait for the host too");
        try (Signal memberSignal = Signal.join(parley, member.token());
                Signal guestSignal = Signal.join(parley, guest.token())) {
            assertEquals("host-absent", memberSignal.next("waiting").path("reason").asText());
            assertEquals("host-absent", guestSignal.next("waiting").path("reason").asText());
            try (Signal host = Signal.join(parley, people.hostJoins(meeting).token())) {
                host.next("welcome");
                assertEquals(member.participant(), memberSignal.next("welcome").path("you").path("id").asText());
                assertEquals("waiting-room", guestSignal.next("waiting").path("reason").asText(),
                        "a guest under a waiting room now waits for admission");
                JsonNode lobby = awaitLobby(host, 1);
                assertEquals(guest.participant(), lobby.path("waiting").get(0).path("id").asText());
            }
        }
    }

    /** The host's lobby messages until one lists this many people knocking. */
    private static JsonNode awaitLobby(Signal host, int knocking) {
        JsonNode lobby = host.next("lobby");
        while (lobby.path("waiting").size() != knocking) {
            lobby = host.next("lobby");
        }
        return lobby;
    }

    private static void assertAudited(String meeting, String action, LiveRoom.Attendee host, String target) {
        List<JsonNode> audit = people.audit(meeting);
        assertTrue(audit.stream().anyMatch(r -> action.equals(r.path("action").asText())
                && target.equals(r.path("details").path("target").asText())
                && host.id().equals(r.path("details").path("participant").asText())
                && people.hostName().equals(r.path("actor").asText())
                && host.address().equals(r.path("clientAddress").asText())),
                action + " of " + target + " by the host from " + host.address() + " in " + audit);
    }

    private static Set<String> fieldNames(JsonNode message) {
        Set<String> names = new java.util.HashSet<>();
        message.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
