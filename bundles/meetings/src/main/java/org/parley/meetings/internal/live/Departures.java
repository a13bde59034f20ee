package org.parley.meetings.internal.live;

import java.time.Instant;
import java.util.Map;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.Participant;

/**
 * How seats go: leaving, being removed by a host (optionally blocked from joining again while the room lasts) and
 * the end of the meeting for everyone. Called with the room's lock held.
 */
final class Departures {

    private Departures() {
    }

    static void remove(Room room, Seat host, String participant, boolean block) throws CommandRefused {
        Seat target = room.seat(participant);
        if (target == null || !target.link().attachedOnce()) {
            throw Refusals.notFound();
        }
        if (target == host) {
            throw Refusals.invalid("Leave the meeting instead of removing yourself.");
        }
        if (Participant.HOST.equals(target.role()) && !Participant.HOST.equals(host.role())) {
            throw Refusals.forbidden("A co-host cannot remove the host.");
        }
        String blocked = evict(room, target, block);
        room.audit(host, "meeting.remove", Map.of("target", target.id(), "block", Boolean.toString(block),
                "blocked", blocked));
    }

    /**
     * Takes a participant out the way a host's removal does (its channel closes {@code REMOVED}, the roster sees it
     * leave), blocked from joining again while the room lasts if asked; returns what was blocked. Shared by the
     * host's control and the admin's.
     */
    static String evict(Room room, Seat target, boolean block) {
        String blocked = block ? room.block(target) : "none";
        target.link().close(CloseReason.REMOVED);
        leave(room, target, "removed");
        return blocked;
    }

    /** Takes the seat out and tells whoever saw it: the roster ({@code Left}) or the hosts (new lobby). */
    static void leave(Room room, Seat seat, String reason) {
        boolean wasInRoster = seat.inRoster();
        boolean wasInLobby = seat.inLobby();
        room.remove(seat);
        if (wasInRoster) {
            room.toRoster(new MeetingEvent.Left(seat.id(), reason));
        } else if (wasInLobby) {
            room.lobbyChanged();
        }
    }

    /** Ends the meeting for everyone: every channel closes ({@code ENDED}), every token is dead. */
    static void end(Room room, Instant now) {
        for (Seat seat : room.seats()) {
            seat.link().close(CloseReason.ENDED);
            room.remove(seat);
        }
        room.ended(now);
    }
}
