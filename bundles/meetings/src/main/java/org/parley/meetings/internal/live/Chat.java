package org.parley.meetings.internal.live;

import java.time.Instant;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.MeetingEvent;

/**
 * Relays chat: to everyone in the roster, or privately to one of them (sender and addressee only). Text is trimmed
 * and 1 to 2000 characters. Nothing is kept: a message exists only in the events handed to the channels (no
 * database, no history, no audit of the text). Called with the room's lock held.
 */
final class Chat {

    static final int MAX_TEXT = 2000;

    private Chat() {
    }

    static void relay(Room room, Seat sender, MeetingCommand.Chat chat, Instant now) throws CommandRefused {
        String text = chat.text() == null ? "" : chat.text().strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw Refusals.invalid("A chat message has 1 to " + MAX_TEXT + " characters.");
        }
        Seat addressee = chat.to() == null ? null : Refusals.inRoster(room, chat.to());
        MeetingEvent.Chat event = new MeetingEvent.Chat(sender.id(), sender.name(), chat.to(), text, now);
        if (addressee == null) {
            room.toRoster(event);
            return;
        }
        sender.link().deliver(event);
        if (addressee != sender) {
            addressee.link().deliver(event);
        }
    }

    /** A participant's own hand, microphone and camera: anyone admitted may change its own, everyone sees it. */
    static void ownState(Room room, Seat seat, MeetingCommand command) throws CommandRefused {
        if (command instanceof MeetingCommand.RaiseHand hand) {
            seat.media(null, null, hand.raised());
        } else if (command instanceof MeetingCommand.MediaState media) {
            seat.media(media.audioMuted(), media.videoMuted(), null);
        } else {
            throw Refusals.invalid("This command is not known.");
        }
        room.toRoster(new MeetingEvent.Updated(seat.view()));
    }
}
