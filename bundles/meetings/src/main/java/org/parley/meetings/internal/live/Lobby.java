package org.parley.meetings.internal.live;

import java.util.Map;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.internal.model.MeetingOptions;

/**
 * Who waits and who comes in. A waiting participant learns its own id, its name and why it waits, nothing else, until
 * it is admitted ({@link MeetingEvent.Welcome}) or denied (closed {@link CloseReason#DENIED}). Rules:
 * <ul>
 * <li>the host comes straight in;</li>
 * <li>with join-before-host off and no host or co-host present, everyone else waits ({@code host-absent}) and comes
 *     in when a host attaches, except guests under a waiting room, who then wait for admission;</li>
 * <li>with a waiting room, guests wait ({@code waiting-room}) until a host admits them; staff come straight in.</li>
 * </ul>
 * Called with the room's lock held.
 */
final class Lobby {

    private Lobby() {
    }

    /** Why a new participant waits, or {@code null} when it comes straight in. */
    static String reasonFor(Room room, Joiner joiner, boolean host) {
        MeetingOptions options = room.meeting().options();
        if (host) {
            return null;
        }
        if (!options.joinBeforeHost() && !room.hostPresent()) {
            return Seat.HOST_ABSENT;
        }
        return needsAdmission(room, joiner) ? Seat.WAITING_ROOM : null;
    }

    /**
     * The participant attached: it gets {@code Welcome} or {@code Waiting}; the others learn of it when it first
     * shows up ({@code Joined}, or a new lobby for hosts) or that it is back after a dropped connection.
     */
    static void present(Room room, Seat seat, boolean first, boolean resumed) {
        if (!seat.admitted()) {
            seat.link().deliver(new MeetingEvent.Waiting(seat.id(), seat.name(), seat.waitingReason()));
            if (first) {
                room.lobbyChanged();
            }
            return;
        }
        seat.link().deliver(room.welcome(seat));
        if (first) {
            room.toRosterBut(seat, new MeetingEvent.Joined(seat.view()));
        } else if (resumed) {
            room.toRosterBut(seat, new MeetingEvent.Updated(seat.view()));
        }
        if (first && seat.hosts()) {
            hostArrived(room);
        }
    }

    /** Lets a waiting participant in; when attached it gets {@code Welcome} and the roster {@code Joined}. */
    static void admit(Room room, Seat seat) {
        seat.admit();
        if (seat.link().attachedOnce()) {
            seat.link().deliver(room.welcome(seat));
            room.toRosterBut(seat, new MeetingEvent.Joined(seat.view()));
        }
    }

    /** Turns a waiting participant away: its channel closes, its token is dead. */
    static void deny(Room room, Seat seat) {
        seat.link().close(CloseReason.DENIED);
        room.remove(seat);
    }

    /** A host is here: those waiting only for a host come in, or move on to waiting for admission. */
    static void hostArrived(Room room) {
        boolean changed = false;
        for (Seat seat : room.seats()) {
            if (!Seat.HOST_ABSENT.equals(seat.waitingReason())) {
                continue;
            }
            changed |= seat.link().attachedOnce();
            if (needsAdmission(room, seat.joiner())) {
                seat.holdFor(Seat.WAITING_ROOM);
                seat.link().deliver(new MeetingEvent.Waiting(seat.id(), seat.name(), Seat.WAITING_ROOM));
            } else {
                admit(room, seat);
                room.audit(seat, "meeting.admit", Map.of("reason", "host arrived"));
            }
        }
        if (changed) {
            room.lobbyChanged();
        }
    }

    private static boolean needsAdmission(Room room, Joiner joiner) {
        return room.meeting().options().waitingRoom() && !joiner.staff();
    }
}
