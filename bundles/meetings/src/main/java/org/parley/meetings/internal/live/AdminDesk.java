package org.parley.meetings.internal.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.audit.api.AuditEvent;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.api.Participant;

/**
 * What an administrator sees and does in live meetings without being in them: every live meeting, a roster with
 * each participant's connection quality, ending a meeting for everyone and removing a participant. The changes run
 * the same code as the host's controls ({@link Departures}) under the room's lock, so participants see exactly what
 * a host's action would show them; the audit record names the admin as actor ({@code details.by = admin}).
 */
public final class AdminDesk {

    /** One live meeting. Titles are shown to admins, as {@code GET /meetings?all=true} does. */
    public record LiveMeeting(String id, long numericId, String owner, String title, int participants, int waiting,
            boolean locked, boolean hostPresent) {
    }

    /** One seat of a live meeting with its media connection (null before its first offer). */
    public record RosterEntry(Participant participant, String state, ConnectionQuality connection) {
    }

    /** The admin acting: user name and client address, as the audit trail records them. */
    public record Admin(String username, String address) {
    }

    private final LiveRooms rooms;

    public AdminDesk(LiveRooms rooms) {
        this.rooms = rooms;
    }

    public List<LiveMeeting> live() {
        List<LiveMeeting> meetings = new ArrayList<>();
        for (String id : rooms.liveIds()) {
            read(id, room -> {
                List<Seat> seats = room.seats();
                return new LiveMeeting(room.id(), room.meeting().numericId(), room.meeting().ownerName(),
                        room.meeting().title(), (int) seats.stream().filter(Seat::inRoster).count(),
                        (int) seats.stream().filter(Seat::inLobby).count(), room.locked(), room.hostPresent());
            }).ifPresent(meetings::add);
        }
        return meetings;
    }

    /** The roster of a live meeting, lobby included; empty when the meeting is not live. */
    public Optional<List<RosterEntry>> roster(String meetingId) {
        return read(meetingId, room -> room.seats().stream().filter(s -> s.link().attachedOnce())
                .map(s -> new RosterEntry(s.view(), s.inLobby() ? "waiting" : "admitted", s.mediaLeg().quality()))
                .toList());
    }

    /** Ends the meeting for everyone; false when it is not live. */
    public boolean end(String meetingId, Admin admin) {
        return read(meetingId, room -> {
            room.audit(event(admin, "meeting.end", room, Map.of()));
            Departures.end(room, rooms.now());
            return true;
        }).orElse(false);
    }

    /**
     * Removes a participant (its channel closes {@code REMOVED}), optionally blocked while the room lasts.
     *
     * @throws CommandRefused {@code not-found} when the meeting is not live or the participant is not in it
     */
    public void remove(String meetingId, String participantId, boolean block, Admin admin) throws CommandRefused {
        rooms.inRoom(meetingId, room -> {
            Seat target = room.seat(participantId);
            if (target == null || !target.link().attachedOnce()) {
                throw Refusals.notFound();
            }
            String blocked = Departures.evict(room, target, block);
            room.audit(event(admin, "meeting.remove", room, Map.of("target", target.id(),
                    "block", Boolean.toString(block), "blocked", blocked)));
            return true;
        }).orElseThrow(Refusals::notFound);
    }

    /** Work that refuses nothing: only a removal can be refused. */
    private <T> Optional<T> read(String meetingId, LiveRooms.RoomWork<T> work) {
        try {
            return rooms.inRoom(meetingId, work);
        } catch (CommandRefused e) {
            throw new IllegalStateException("unexpected refusal: " + e.getMessage(), e);
        }
    }

    private static AuditEvent event(Admin admin, String action, Room room, Map<String, String> details) {
        Map<String, String> all = new java.util.HashMap<>(details);
        all.put("by", "admin");
        return new AuditEvent(admin.username(), admin.address(), action, room.id(), AuditEvent.Outcome.SUCCESS, all);
    }
}
