package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The host's controls over the real {@code /ws}, enforced by the server whatever a client sends: every control from a
 * participant or a guest is refused and changes nothing; from the host (or a co-host it made) each applies and
 * reaches the others; remove with block keeps the guest's address out; end for all closes everyone and kills the
 * tokens. Each host action is audited with the host's client address.
 */
class HostControlsIT extends MeetingTestSupport {

    /** Every host control, aimed at {@code target} (and the host where a control names someone). */
    private static List<Object[]> controls(String target) {
        return List.of(new Object[] {"admit"}, new Object[] {"admit", "participant", target},
                new Object[] {"deny", "participant", target}, new Object[] {"mute"},
                new Object[] {"mute", "participant", target}, new Object[] {"ask-unmute", "participant", target},
                new Object[] {"stop-video", "participant", target},
                new Object[] {"remove", "participant", target, "block", true}, new Object[] {"lock", "locked", true},
                new Object[] {"end"}, new Object[] {"cohost", "participant", target, "cohost", true},
                new Object[] {"rename", "participant", target, "name", "Hijacked"});
    }

    @Test
    void nobodyButTheHostMayUseAnyControl(Appliance parley) {
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            List<JsonNode> before = rosterSeenByNewcomer(parley, room);
            Map<LiveRoom.Attendee, Integer> marks = new HashMap<>();
            for (LiveRoom.Attendee attendee : room.everyone()) {
                attendee.signal().flush();
                marks.put(attendee, attendee.signal().mark());
            }
            for (LiveRoom.Attendee sender : List.of(room.member, room.guest)) {
                String other = sender == room.guest ? room.member.id() : room.guest.id();
                int n = 0;
                for (String target : List.of(room.host.id(), other)) {
                    for (Object[] control : controls(target)) {
                        String ref = "forged-" + n++;
                        sendWithId(sender.signal(), ref, control);
                        assertEquals(ref, sender.signal().error("forbidden").path("ref").asText());
                    }
                }
            }
            for (LiveRoom.Attendee attendee : room.everyone()) {
                attendee.signal().flush();
                List<String> since = attendee.signal().typesSince(marks.get(attendee));
                assertTrue(since.stream().allMatch(type -> "error".equals(type) || "pong".equals(type)),
                        "nothing changed for anyone: " + since);
            }
            assertEquals(before, rosterSeenByNewcomer(parley, room), "the roster is as it was");
        }
    }

    @Test
    void theHostsControlsApplyAndReachTheOthers(Appliance parley) {
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            Signal host = room.host.signal();
            host.send("mute", "participant", room.guest.id());
            assertUpdated(room, room.guest.id(), "audioMuted", true);
            host.send("stop-video", "participant", room.guest.id());
            assertUpdated(room, room.guest.id(), "videoMuted", true);
            host.send("rename", "participant", room.guest.id(), "name", "Gina (interpreter)");
            assertEquals("Gina (interpreter)", assertUpdated(room, room.guest.id(), "videoMuted", true)
                    .path("name").asText());
            host.send("ask-unmute", "participant", room.guest.id());
            assertEquals(room.host.id(), room.guest.signal().next("unmute-requested").path("by").asText());
            assertTrue(room.member.signal().flush().isEmpty(), "the request goes to its target only");
            host.send("lock", "locked", true);
            for (LiveRoom.Attendee attendee : room.everyone()) {
                JsonNode locked = attendee.signal().next("locked");
                assertTrue(locked.path("locked").asBoolean());
                assertEquals(room.host.id(), locked.path("by").asText());
            }
            Reply refused = MeetingFixture.join(parley.api(), room.meeting, "{\"name\": \"Late\"}",
                    MeetingFixture.newAddress());
            assertEquals(403, refused.status(), refused::toString);
            assertEquals("locked", refused.json().path("code").asText());

            host.send("cohost", "participant", room.member.id(), "cohost", true);
            assertEquals("cohost", assertUpdated(room, room.member.id(), "audioMuted", false).path("role").asText());
            Signal cohost = room.member.signal();
            cohost.send("lock", "locked", false);
            assertEquals(room.member.id(), room.guest.signal().next("locked").path("by").asText());
            cohost.send("remove", "participant", room.host.id(), "id", "r1");
            assertEquals("r1", cohost.error("forbidden").path("ref").asText(), "a co-host cannot remove the host");
            cohost.send("cohost", "participant", room.host.id(), "cohost", false, "id", "r2");
            assertEquals("r2", cohost.error("forbidden").path("ref").asText(), "nor demote it");
            cohost.send("mute");
            assertUpdated(room, room.host.id(), "audioMuted", true);
            for (String action : List.of("meeting.mute", "meeting.stop-video", "meeting.rename", "meeting.ask-unmute",
                    "meeting.lock", "meeting.cohost")) {
                assertAuditedFrom(room.meeting, action, room.host);
            }
            assertAuditedFrom(room.meeting, "meeting.lock", room.member);
        }
    }

    @Test
    void removeWithBlockClosesTheGuestAndKeepsItsAddressOut(Appliance parley) {
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            room.host.signal().send("remove", "participant", room.guest.id(), "block", true);
            room.guest.signal().closedWith(4002, "removed from the meeting by a host");
            JsonNode left = room.member.signal().next("left");
            assertEquals(room.guest.id(), left.path("participant").asText());
            assertEquals("removed", left.path("reason").asText());
            JoinTokenIT.assertRefused(parley, room.guest.ticket().token(), JoinTokenIT.NOT_VALID);
            Reply again = MeetingFixture.join(parley.api(), room.meeting, "{\"name\": \"Gina\"}",
                    room.guest.address());
            assertEquals(403, again.status(), again::toString);
            assertEquals("blocked", again.json().path("code").asText());
            assertEquals("admitted", people.guestJoins(room.meeting, "Other").state(), "another address may join");
            JsonNode removal = assertAuditedFrom(room.meeting, "meeting.remove", room.host);
            assertEquals(room.guest.id(), removal.path("details").path("target").asText(), removal::toString);
            assertEquals("address", removal.path("details").path("blocked").asText(), removal::toString);
        }
    }

    @Test
    void endForAllClosesEveryoneAndKillsEveryToken(Appliance parley) {
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            room.host.signal().send("end");
            for (LiveRoom.Attendee attendee : room.everyone()) {
                attendee.signal().closedWith(4001, "the meeting was ended by a host");
            }
            for (LiveRoom.Attendee attendee : room.everyone()) {
                try (Signal again = Signal.join(parley, attendee.ticket().token())) {
                    again.closedWith(4001, "this meeting has ended");
                }
            }
            Reply member = MeetingFixture.join(people.member(), room.meeting, "{}", null);
            assertEquals(403, member.status(), member::toString);
            assertEquals("ended", member.json().path("code").asText());
            assertAuditedFrom(room.meeting, "meeting.end", room.host);
            assertEquals("admitted", people.hostJoins(room.meeting).state(), "the owner may start it again");
        }
    }

    @Test
    void afterTheOwnerStartsAnEndedMeetingAgainItIsNoLongerEnded(Appliance parley) {
        String meeting;
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            meeting = room.meeting;
            room.host.signal().send("end");
            room.host.signal().closed();
        }
        try (Signal host = Signal.welcomed(parley, people.hostJoins(meeting).token());
                Signal member = Signal.welcomed(parley, people.memberJoins(meeting).token())) {
            member.send("leave");
            member.closed();
            host.send("leave");
            host.closed();
        }
        Reply again = MeetingFixture.join(people.member(), meeting, "{}", null);
        assertEquals(200, again.status(), "the owner started the meeting again after the end, and it ended "
                + "normally (everyone left), so nothing says it was ended by a host: " + again);
    }

    /**
     * A newcomer's view of the roster (its own entry left out): what everyone's state is now. Returns once every
     * attendee has seen the newcomer leave, so that {@code left} is not taken for a change made by a control.
     */
    private static List<JsonNode> rosterSeenByNewcomer(Appliance parley, LiveRoom room) {
        LiveRoom.Attendee newcomer = room.newGuest(parley, "Newcomer");
        JsonNode roster = newcomer.signal().received("welcome").get(0).path("roster");
        newcomer.signal().send("leave");
        newcomer.signal().closed();
        for (LiveRoom.Attendee attendee : room.everyone()) {
            assertEquals(newcomer.id(), attendee.signal().next("left").path("participant").asText(),
                    "the newcomer's leaving reaches everyone before the test looks at what changed");
        }
        List<JsonNode> others = new java.util.ArrayList<>();
        roster.forEach(p -> {
            if (!newcomer.id().equals(p.path("id").asText())) {
                others.add(p);
            }
        });
        return others;
    }

    /** Each attendee gets {@code updated} for the participant with the field so; the participant as updated. */
    private static JsonNode assertUpdated(LiveRoom room, String participant, String field, boolean value) {
        JsonNode seen = null;
        for (LiveRoom.Attendee attendee : room.everyone()) {
            seen = attendee.signal().next("updated").path("participant");
            assertEquals(participant, seen.path("id").asText(), seen::toString);
            assertEquals(value, seen.path(field).asBoolean(), seen::toString);
        }
        return seen;
    }

    /** The record of the action by this attendee, with the address it joined from. */
    private static JsonNode assertAuditedFrom(String meeting, String action, LiveRoom.Attendee actor) {
        List<JsonNode> audit = people.audit(meeting);
        return audit.stream().filter(r -> action.equals(r.path("action").asText())
                && actor.id().equals(r.path("details").path("participant").asText())
                && actor.address().equals(r.path("clientAddress").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(action + " by " + actor.id() + " from " + actor.address()
                        + " in " + audit));
    }

    private static void sendWithId(Signal signal, String id, Object[] control) {
        Object[] fields = new Object[control.length + 1];
        System.arraycopy(control, 1, fields, 0, control.length - 1);
        fields[control.length - 1] = "id";
        fields[control.length] = id;
        signal.send((String) control[0], fields);
    }
}
