package org.parley.meetings.internal.live;

import org.parley.meetings.api.CommandRefused;

/** The refusals commands get, with the stable codes of the signaling protocol. */
final class Refusals {

    private Refusals() {
    }

    static CommandRefused forbidden(String message) {
        return new CommandRefused("forbidden", message);
    }

    static CommandRefused invalid(String message) {
        return new CommandRefused("invalid", message);
    }

    static CommandRefused notFound() {
        return new CommandRefused("not-found", "Nobody with this id is in the meeting.");
    }

    /** The seat in the roster with this id. */
    static Seat inRoster(Room room, String participantId) throws CommandRefused {
        Seat seat = room.seat(participantId);
        if (seat == null || !seat.inRoster()) {
            throw notFound();
        }
        return seat;
    }
}
