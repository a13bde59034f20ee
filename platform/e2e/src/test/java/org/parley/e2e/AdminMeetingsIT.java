package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An administrator's view of live meetings over REST ({@code /api/v1/live-meetings}): the admin, who is not in the
 * meeting, lists it live with its roster, removes the guest (whose socket is closed as by a host's removal, the
 * others seeing it leave), then ends the meeting (the others' sockets close as ended). Both audited with the admin as
 * actor. A host cannot use these routes (route-permissions.csv).
 */
class AdminMeetingsIT extends MeetingTestSupport {

    @Test
    void theAdminSeesTheRosterRemovesAParticipantAndEndsTheMeeting(Appliance parley) {
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            Api admin = parley.admin();
            JsonNode live = find(Accounts.expect(200, admin.get("/api/v1/live-meetings")).json(), room.meeting);
            assertEquals(3, live.path("participants").asInt(), live::toString);
            assertEquals(room.title, live.path("title").asText());
            JsonNode roster = Accounts.expect(200, admin.get("/api/v1/live-meetings/" + room.meeting)).json();
            List<String> ids = new ArrayList<>();
            roster.path("participants").forEach(p -> ids.add(p.path("participant").path("id").asText()));
            assertEquals(List.of(room.host.id(), room.member.id(), room.guest.id()), ids, roster::toString);
            assertEquals(403, people.host().get("/api/v1/live-meetings/" + room.meeting).status(), "hosts may not");

            Reply removed = admin.send("/api/v1/live-meetings/" + room.meeting + "/participants/" + room.guest.id(),
                    "DELETE", null, null);
            assertEquals(204, removed.status(), removed::toString);
            room.guest.signal().closedWith(4002, "removed from the meeting by a host");
            JsonNode left = room.member.signal().next("left");
            assertEquals(room.guest.id(), left.path("participant").asText());

            assertEquals(204, admin.post("/api/v1/live-meetings/" + room.meeting + "/end", "").status());
            room.host.signal().closedWith(4001, "the meeting was ended by a host");
            room.member.signal().closedWith(4001, "the meeting was ended by a host");
            assertEquals(404, admin.get("/api/v1/live-meetings/" + room.meeting).status(), "not live any more");

            for (String action : List.of("meeting.remove", "meeting.end")) {
                JsonNode record = Accounts.audit(parley, action, room.meeting).get(0);
                assertEquals("admin", record.path("details").path("by").asText(), record::toString);
                assertTrue(!record.path("actor").asText().isEmpty() && !"guest".equals(record.path("actor").asText()));
            }
        }
    }

    private static JsonNode find(JsonNode meetings, String id) {
        for (JsonNode meeting : meetings) {
            if (id.equals(meeting.path("id").asText())) {
                return meeting;
            }
        }
        throw new AssertionError("meeting " + id + " is not listed live: " + meetings);
    }
}
