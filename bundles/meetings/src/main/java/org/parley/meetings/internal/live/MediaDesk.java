package org.parley.meetings.internal.live;

import java.util.Map;
import org.parley.media.api.MediaLeg;
import org.parley.media.api.MediaRefused;
import org.parley.media.api.MediaService;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.MeetingEvent;

/**
 * The meetings' side of media: the media service if one is bound (optional and dynamic: without it media commands
 * are refused {@code media} "media is not available on this server" and nothing else changes), the browser's offers
 * and answers relayed to the seat's leg, and what happens to legs when the service comes and goes. A seat opens its
 * leg at its first offer; only admitted participants get here. Methods taking a room are called with its lock held.
 */
final class MediaDesk {

    /** The refusal code of everything the media side refuses. */
    static final String MEDIA = "media";
    static final String UNAVAILABLE = "media is not available on this server";

    private volatile MediaService service;

    /** The service bound now, or {@code null}. */
    MediaService service() {
        return service;
    }

    synchronized void bound(MediaService next) {
        service = next;
    }

    /** Forgets {@code gone} if it is the one bound; a newer service bound meanwhile stays. */
    synchronized void unbound(MediaService gone) {
        if (service == gone) {
            service = null;
        }
    }

    /** Applies an admitted seat's media command; the answer to an offer is delivered to the seat. */
    void apply(Room room, Seat seat, MeetingCommand command, LegEvents.Access rooms) throws CommandRefused {
        MediaService current = service;
        if (current == null) {
            throw new CommandRefused(MEDIA, UNAVAILABLE);
        }
        if (command instanceof MeetingCommand.MediaOffer offer) {
            offer(room, seat, offer, current, rooms);
        } else if (command instanceof MeetingCommand.MediaAnswer answer) {
            MediaCommands.check(answer);
            if (!seat.mediaLeg().open()) {
                throw new CommandRefused(MEDIA, "There is no media offer to answer; send an offer first.");
            }
            try {
                seat.mediaLeg().answer(answer.revision(), answer.sdp());
            } catch (MediaRefused e) {
                throw refused(e);
            }
        }
    }

    private static void offer(Room room, Seat seat, MeetingCommand.MediaOffer offer, MediaService current,
            LegEvents.Access rooms) throws CommandRefused {
        Map<String, MediaLeg.Track> sending = MediaCommands.sending(offer);
        SeatMedia media = seat.mediaLeg();
        boolean fresh = !media.open();
        try {
            if (fresh) {
                media.open(current, room.id(), seat, new LegEvents(rooms, room, seat));
            }
            String answer = media.offer(offer.sdp(), sending);
            seat.link().deliver(new MeetingEvent.MediaAnswer(answer));
        } catch (MediaRefused e) {
            if (fresh) {
                // A leg whose first offer failed has negotiated nothing: keep no half-open leg around.
                media.close();
            }
            throw refused(e);
        }
    }

    /**
     * A media service was bound: legs of any other service are dropped, and everyone admitted is told to offer
     * afresh ({@code media-reset}), including those refused while there was none.
     */
    static void restarted(Room room, MediaService current) {
        for (Seat seat : room.seats()) {
            if (seat.mediaLeg().open() && !seat.mediaLeg().openedBy(current)) {
                seat.mediaLeg().close();
            }
            if (seat.inRoster()) {
                seat.link().deliver(new MeetingEvent.MediaReset());
            }
        }
    }

    /** The media service went away: its legs are dropped and their participants see the connection closed. */
    static void gone(Room room, MediaService gone) {
        for (Seat seat : room.seats()) {
            if (seat.mediaLeg().openedBy(gone)) {
                seat.mediaLeg().close();
                seat.link().deliver(LegEvents.CLOSED);
            }
        }
    }

    /**
     * The participant attached again (resumed, or from another window): its leg belonged to the peer connection of
     * the page that opened it, and the server cannot tell whether that survived (a reloaded page's fresh connection
     * would otherwise offer into an old leg). The leg goes; the new connection's first offer opens a new one.
     */
    static void reattached(Seat seat) {
        seat.mediaLeg().close();
    }

    private static CommandRefused refused(MediaRefused e) {
        return new CommandRefused(MEDIA, e.getMessage());
    }
}
