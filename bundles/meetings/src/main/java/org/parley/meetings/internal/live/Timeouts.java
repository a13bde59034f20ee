package org.parley.meetings.internal.live;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.internal.token.JoinTokens;

/**
 * What time does to a room, on the appliance {@code Clock} (the ticker calls it every second): a seat whose
 * participant never attached within its token's life goes, a dropped connection not resumed within
 * {@link #RESUME} leaves ({@code connection lost}), and a connected participant gets a fresh join token every
 * {@link #REFRESH}, in the lobby too (a token tells nothing about the meeting, and a long wait must survive a dropped
 * connection). Called with the room's lock held.
 */
final class Timeouts {

    /** How long a dropped connection keeps its place. */
    static final Duration RESUME = Duration.ofSeconds(30);
    /** How often an attached participant gets a fresh token (half its life, so one is always good). */
    static final Duration REFRESH = Duration.ofMinutes(5);

    private Timeouts() {
    }

    static void tick(Room room, Instant now, JoinTokens tokens) {
        for (Seat seat : room.seats()) {
            SeatLink link = seat.link();
            if (!link.attachedOnce()) {
                if (!now.isBefore(link.reservedAt().plus(JoinTokens.LIFE))) {
                    room.remove(seat);
                    room.audit(seat, "meeting.leave", Map.of("reason", "never attached"));
                }
            } else if (!link.connected()) {
                if (link.disconnectedAt() != null && !now.isBefore(link.disconnectedAt().plus(RESUME))) {
                    Departures.leave(room, seat, "connection lost");
                    room.audit(seat, "meeting.leave", Map.of("reason", "connection lost"));
                }
            } else if (!now.isBefore(link.tokenIssuedAt().plus(REFRESH))) {
                JoinTokens.Issued fresh = tokens.sign(room.id(), seat.id(), now);
                link.tokenIssued(now);
                link.deliver(new MeetingEvent.Token(fresh.token(), fresh.expiresAt()));
            }
        }
    }
}
