package org.parley.meetings.internal.live;

import org.parley.meetings.api.Attendance;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.ParticipantChannel;

/**
 * One attachment of a participant to its room through one channel. Once the participant attaches elsewhere, leaves
 * or is removed, this handle is stale: its commands are refused ({@code not-joined}) and its disconnect ignored.
 * Thread-safe (everything goes through the room's lock).
 */
final class Attendee implements Attendance {

    private final LiveRooms rooms;
    private final Room room;
    private final Seat seat;
    private final ParticipantChannel channel;

    Attendee(LiveRooms rooms, Room room, Seat seat, ParticipantChannel channel) {
        this.rooms = rooms;
        this.room = room;
        this.seat = seat;
        this.channel = channel;
    }

    @Override
    public String participantId() {
        return seat.id();
    }

    @Override
    public String meetingId() {
        return room.id();
    }

    @Override
    public void send(MeetingCommand command) throws CommandRefused {
        rooms.command(this, command);
    }

    @Override
    public void disconnected() {
        rooms.disconnected(this);
    }

    Room room() {
        return room;
    }

    Seat seat() {
        return seat;
    }

    /** Whether this handle still speaks for its participant (same room, same seat, same channel). */
    boolean current() {
        return !room.closed() && room.seat(seat.id()) == seat && seat.link().isCurrent(channel);
    }
}
