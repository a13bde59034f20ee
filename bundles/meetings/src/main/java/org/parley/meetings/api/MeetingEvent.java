package org.parley.meetings.api;

import java.time.Instant;
import java.util.List;

/**
 * What the meetings bundle tells one participant. A participant in the lobby receives {@link Waiting} and then
 * only {@link Token} (a fresh join token, which tells nothing of the meeting), {@link Welcome} (when admitted) or
 * the close ({@link CloseReason#DENIED}): nothing about the meeting, its roster or chat.
 */
public sealed interface MeetingEvent {

    /**
     * The first event for an admitted participant (also after a resume or admission): who it is and everything
     * it may see now.
     *
     * @param you this participant
     * @param meetingId the meeting's URL id
     * @param title the meeting's title
     * @param locked whether the meeting is locked
     * @param roster everyone admitted, this participant included, in joining order
     * @param waiting who waits in the lobby (empty unless {@code you} hosts)
     */
    record Welcome(Participant you, String meetingId, String title, boolean locked, List<Participant> roster,
            List<Waiting.Knock> waiting) implements MeetingEvent {
        public Welcome {
            roster = List.copyOf(roster);
            waiting = List.copyOf(waiting);
        }
    }

    /**
     * The first event for a participant the lobby holds: only its own id and name.
     *
     * @param you the waiting participant's id
     * @param name its name
     * @param reason {@code waiting-room} (a host must admit) or {@code host-absent} (the meeting starts when a
     *               host joins)
     */
    record Waiting(String you, String name, String reason) implements MeetingEvent {

        /** Someone in the lobby, as hosts see it. */
        public record Knock(String id, String name, boolean staff) {
        }
    }

    /** Hosts only: who waits in the lobby now (sent whenever it changes). */
    record Lobby(List<Waiting.Knock> waiting) implements MeetingEvent {
        public Lobby {
            waiting = List.copyOf(waiting);
        }
    }

    /** A participant was admitted or joined; everyone admitted receives it. */
    record Joined(Participant participant) implements MeetingEvent {
    }

    /**
     * A participant left.
     *
     * @param reason {@code left}, {@code removed}, {@code connection lost}
     */
    record Left(String participant, String reason) implements MeetingEvent {
    }

    /** A participant's state changed (mute, camera, hand, role, name, connected). */
    record Updated(Participant participant) implements MeetingEvent {
    }

    /**
     * A chat message.
     *
     * @param to the addressee for a private message, else {@code null}
     */
    record Chat(String from, String fromName, String to, String text, Instant at) implements MeetingEvent {
    }

    /** A host asks this participant to unmute. */
    record UnmuteRequested(String by) implements MeetingEvent {
    }

    /** The meeting was locked or unlocked. */
    record LockChanged(boolean locked, String by) implements MeetingEvent {
    }

    /** A fresh join token for resuming, sent well before the current one expires. */
    record Token(String token, Instant expiresAt) implements MeetingEvent {
    }

    // Media: to the one participant whose media leg it concerns.

    /** The answer to this participant's {@link MeetingCommand.MediaOffer}, delivered before its send returns. */
    record MediaAnswer(String sdp) implements MeetingEvent {
    }

    /**
     * What the browser should receive now (the other participants' tracks); answer it with
     * {@link MeetingCommand.MediaAnswer} of the same revision.
     */
    record MediaOffer(long revision, String sdp) implements MeetingEvent {
    }

    /** The meeting's dominant speaker changed. */
    record Speaker(String participant) implements MeetingEvent {
    }

    /**
     * The server's view of this participant's media connection.
     *
     * @param state {@code connecting}, {@code connected}, {@code failed} or {@code closed}
     * @param transport {@code udp} or {@code tcp} when connected, else {@code null}
     * @param cause a sentence a person can act on when failed, else {@code null}
     */
    record MediaConnection(String state, String transport, String cause) implements MeetingEvent {
    }

    /**
     * The server's media restarted (a media service appeared): the browser closes its peer connection and offers
     * afresh. Sent to everyone admitted. (A participant that attaches again, resumed or from another window, gets no
     * reset: its media leg closes with the new attachment and its first offer opens a new one.)
     */
    record MediaReset() implements MeetingEvent {
    }
}
