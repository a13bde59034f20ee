package org.parley.meetings.internal.live;

import java.util.Locale;
import org.parley.media.api.MediaConnection;
import org.parley.media.api.MediaListener;
import org.parley.meetings.api.MeetingEvent;

/**
 * What one seat's media leg says, handed to the seat's channel. Called on media threads (never under a media lock):
 * each call takes the room's lock only to check that the seat and this leg are still current and to deliver, so
 * media events take their place in the meeting's order of events. Calls of a leg that was closed or replaced are
 * dropped. A leg the media side closed itself is forgotten, so the browser's next offer opens a new one.
 */
final class LegEvents implements MediaListener {

    /** What a participant is told when its leg closes under it. */
    static final MeetingEvent.MediaConnection CLOSED = new MeetingEvent.MediaConnection("closed", null, null);

    /** Runs work under a room's lock while the seat is still in it (and writes what the room collected after). */
    @FunctionalInterface
    interface Access {
        void inRoom(Room room, Seat seat, Runnable work);
    }

    private final Access rooms;
    private final Room room;
    private final Seat seat;

    LegEvents(Access rooms, Room room, Seat seat) {
        this.rooms = rooms;
        this.room = room;
        this.seat = seat;
    }

    @Override
    public void offer(long revision, String sdp) {
        deliver(new MeetingEvent.MediaOffer(revision, sdp));
    }

    @Override
    public void speaker(String participantId) {
        deliver(new MeetingEvent.Speaker(participantId));
    }

    @Override
    public void connection(MediaConnection connection) {
        boolean closed = connection.state() == MediaConnection.State.CLOSED;
        boolean connected = connection.state() == MediaConnection.State.CONNECTED;
        boolean failed = connection.state() == MediaConnection.State.FAILED;
        MeetingEvent.MediaConnection event = closed ? CLOSED : new MeetingEvent.MediaConnection(
                connection.state().name().toLowerCase(Locale.ROOT), connected ? connection.transport() : null,
                failed ? connection.cause() : null);
        rooms.inRoom(room, seat, () -> {
            if (seat.mediaLeg().speaksFor(this)) {
                if (closed) {
                    seat.mediaLeg().close();
                } else {
                    seat.mediaLeg().connection(event.state(), event.transport());
                }
                seat.link().deliver(event);
            }
        });
    }

    private void deliver(MeetingEvent event) {
        rooms.inRoom(room, seat, () -> {
            if (seat.mediaLeg().speaksFor(this)) {
                seat.link().deliver(event);
            }
        });
    }
}
