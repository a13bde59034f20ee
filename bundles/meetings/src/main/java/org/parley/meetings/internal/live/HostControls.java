package org.parley.meetings.internal.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.Participant;

/**
 * The host's controls, enforced here whatever the transport let through: only a host or co-host of this meeting
 * may use them ({@code forbidden} for anyone else, before anything about the target is looked at); a target
 * not in the meeting is {@code not-found}. Nobody is ever unmuted by a host, only asked to unmute. The host stays
 * host: a co-host can neither remove nor demote it. Every control is audited. Called with the room's lock held.
 */
final class HostControls {

    private HostControls() {
    }

    static void apply(Room room, Seat host, MeetingCommand command, Instant now) throws CommandRefused {
        if (!host.hosts()) {
            throw Refusals.forbidden("Only a host or co-host of this meeting may do this.");
        }
        if (command instanceof MeetingCommand.Admit admit) {
            admit(room, host, admit.participant());
        } else if (command instanceof MeetingCommand.Deny deny) {
            deny(room, host, deny.participant());
        } else if (command instanceof MeetingCommand.Mute mute) {
            mute(room, host, mute.participant());
        } else if (command instanceof MeetingCommand.AskUnmute ask) {
            Seat target = Refusals.inRoster(room, ask.participant());
            target.link().deliver(new MeetingEvent.UnmuteRequested(host.id()));
            room.audit(host, "meeting.ask-unmute", Map.of("target", target.id()));
        } else if (command instanceof MeetingCommand.StopVideo stop) {
            Seat target = Refusals.inRoster(room, stop.participant());
            target.media(null, true, null);
            room.toRoster(new MeetingEvent.Updated(target.view()));
            room.audit(host, "meeting.stop-video", Map.of("target", target.id()));
        } else if (command instanceof MeetingCommand.Remove remove) {
            Departures.remove(room, host, remove.participant(), remove.block());
        } else if (command instanceof MeetingCommand.Lock lock) {
            room.locked(lock.locked());
            room.toRoster(new MeetingEvent.LockChanged(lock.locked(), host.id()));
            room.audit(host, "meeting.lock", Map.of("locked", Boolean.toString(lock.locked())));
        } else if (command instanceof MeetingCommand.EndForAll) {
            room.audit(host, "meeting.end", Map.of());
            Departures.end(room, now);
        } else if (command instanceof MeetingCommand.SetCohost cohost) {
            setCohost(room, host, cohost.participant(), cohost.cohost());
        } else if (command instanceof MeetingCommand.Rename rename) {
            rename(room, host, rename.participant(), rename.name());
        } else {
            throw Refusals.invalid("This command is not known.");
        }
    }

    private static void admit(Room room, Seat host, String participant) throws CommandRefused {
        for (Seat seat : waiting(room, participant)) {
            Lobby.admit(room, seat);
            room.audit(host, "meeting.admit", Map.of("target", seat.id()));
        }
        room.lobbyChanged();
    }

    private static void deny(Room room, Seat host, String participant) throws CommandRefused {
        for (Seat seat : waiting(room, participant)) {
            Lobby.deny(room, seat);
            room.audit(host, "meeting.deny", Map.of("target", seat.id()));
        }
        room.lobbyChanged();
    }

    /** The one knocking participant named, or everyone knocking when none is named. */
    private static List<Seat> waiting(Room room, String participant) throws CommandRefused {
        if (participant == null) {
            return room.seats().stream().filter(Seat::inLobby).toList();
        }
        Seat seat = room.seat(participant);
        if (seat == null || !seat.inLobby()) {
            throw Refusals.notFound();
        }
        return List.of(seat);
    }

    private static void mute(Room room, Seat host, String participant) throws CommandRefused {
        List<Seat> targets = participant == null
                ? room.seats().stream().filter(seat -> seat.inRoster() && seat != host).toList()
                : List.of(Refusals.inRoster(room, participant));
        for (Seat target : targets) {
            target.media(true, null, null);
            room.toRoster(new MeetingEvent.Updated(target.view()));
        }
        room.audit(host, "meeting.mute", Map.of("target", participant == null ? "all" : participant));
    }

    private static void setCohost(Room room, Seat host, String participant, boolean cohost) throws CommandRefused {
        Seat target = Refusals.inRoster(room, participant);
        if (Participant.HOST.equals(target.role())) {
            throw Refusals.forbidden("The host stays host.");
        }
        target.role(cohost ? Participant.COHOST : Participant.PARTICIPANT);
        room.toRoster(new MeetingEvent.Updated(target.view()));
        room.audit(host, "meeting.cohost", Map.of("target", target.id(), "cohost", Boolean.toString(cohost)));
    }

    private static void rename(Room room, Seat host, String participant, String name) throws CommandRefused {
        Seat target = Refusals.inRoster(room, participant);
        String shown = Names.clean(name);
        if (shown == null) {
            throw Refusals.invalid("A name has 1 to " + Names.MAX + " characters and no control characters.");
        }
        target.rename(shown);
        room.toRoster(new MeetingEvent.Updated(target.view()));
        room.audit(host, "meeting.rename", Map.of("target", target.id()));
    }
}
