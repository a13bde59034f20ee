package org.parley.meetings.internal.live;

import java.time.Instant;
import org.parley.api.rest.ProblemException;
import org.parley.meetings.api.Participant;
import org.parley.meetings.internal.model.Meeting;
import org.parley.meetings.internal.model.MeetingPolicy;

/**
 * Whether someone may take a seat in a room, checked in this order (after the passcode and whether the meeting
 * ended): blocked ({@code blocked}) → members only, by the meeting or the organisation's policy
 * ({@code sign-in-required}, guests only) → locked ({@code locked}) → capacity: seats taken, admitted and waiting,
 * reach the lower of the meeting's and the policy's maximum ({@code full}) → the guest's name (422). The meeting's
 * owner joins as host and is never held by the lock, a block or the capacity (else a full lobby could keep the host
 * out of its own meeting). Called with the room's lock held.
 */
final class Admission {

    private Admission() {
    }

    static Seat reserve(Room room, MeetingPolicy policy, Joiner joiner, boolean host, String participantId,
            Instant now) throws JoinDenied {
        Meeting meeting = room.meeting();
        if (!host && room.blocks(joiner)) {
            throw new JoinDenied("blocked", "A host removed you from this meeting; you cannot join it again.");
        }
        if (!joiner.staff() && !(meeting.options().guestsAllowed() && policy.guestsAllowed())) {
            throw new JoinDenied("sign-in-required", "This meeting is for signed-in members; sign in to join.");
        }
        if (!host && room.locked()) {
            throw new JoinDenied("locked", "A host locked this meeting; nobody new may join.");
        }
        int most = Math.min(meeting.options().maxParticipants(), policy.maxParticipants());
        if (!host && room.size() >= most) {
            throw new JoinDenied("full", "This meeting is full (" + most + " participants).");
        }
        String name = joiner.staff() ? joiner.name() : Names.clean(joiner.name());
        if (name == null) {
            throw ProblemException.invalid("name", "Tell the others your name: 1 to " + Names.MAX
                    + " characters, no control characters.");
        }
        Seat seat = new Seat(participantId, joiner, name, host ? Participant.HOST : Participant.PARTICIPANT,
                Lobby.reasonFor(room, joiner, host), !host && meeting.options().muteOnEntry(), now);
        room.add(seat);
        return seat;
    }
}
