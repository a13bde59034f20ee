package org.parley.meetings.api;

import java.util.Map;
import java.util.Objects;

/**
 * What a participant asks of its meeting. The transport builds these from its messages (the signaling README's
 * schema has one message type per record); {@link Attendance#send} checks and applies them. Participant ids name
 * people in the same meeting; {@code null} where a field is optional.
 */
public sealed interface MeetingCommand {

    /** Leave the meeting for good (the token is dead after it). */
    record Leave() implements MeetingCommand {
    }

    /** A chat message to everyone ({@code to == null}) or to one participant. At most 2000 characters. */
    record Chat(String to, String text) implements MeetingCommand {
    }

    /** Raise or lower one's own hand. */
    record RaiseHand(boolean raised) implements MeetingCommand {
    }

    /** One's own microphone and camera state (unmuting oneself is always allowed). */
    record MediaState(boolean audioMuted, boolean videoMuted) implements MeetingCommand {
    }

    // Media: admitted participants only (one in the lobby is refused forbidden). A refusal of the media server
    // (glare, an SDP it cannot use) or its absence is a CommandRefused with code media and a message for a person.

    /**
     * The browser's SDP offer of what it sends. Answered with {@link MeetingEvent.MediaAnswer}, delivered to this
     * participant before {@link Attendance#send} returns. The first offer opens the participant's media leg.
     *
     * @param sdp the offer (at most {@link #MAX_SDP} characters)
     * @param sending what each of the browser's sending m-lines carries, by mid: {@code audio}, {@code video} or
     *                {@code screen} (at most {@link #MAX_SENDING} entries)
     */
    record MediaOffer(String sdp, Map<String, String> sending) implements MeetingCommand {

        /** The longest SDP text accepted, in characters. */
        public static final int MAX_SDP = 60_000;
        /** The most m-lines a browser may name in {@code sending}. */
        public static final int MAX_SENDING = 16;

        public MediaOffer {
            Objects.requireNonNull(sdp, "sdp");
            sending = Map.copyOf(sending);
        }
    }

    /**
     * The browser's answer to the server's {@link MeetingEvent.MediaOffer} of {@code revision}.
     *
     * @param revision the revision the answer is for (from 1)
     * @param sdp the answer (at most {@link MediaOffer#MAX_SDP} characters)
     */
    record MediaAnswer(long revision, String sdp) implements MeetingCommand {
        public MediaAnswer {
            Objects.requireNonNull(sdp, "sdp");
        }
    }

    // Host controls: only a host or co-host of this meeting.

    /** Let one waiting participant in ({@code participant}), or everyone waiting ({@code participant == null}). */
    record Admit(String participant) implements MeetingCommand {
    }

    /** Turn one waiting participant away, or everyone waiting ({@code participant == null}). */
    record Deny(String participant) implements MeetingCommand {
    }

    /** Mute one participant's microphone, or everyone's but the sender's ({@code participant == null}). */
    record Mute(String participant) implements MeetingCommand {
    }

    /** Ask a muted participant to unmute (it is never unmuted without its own action). */
    record AskUnmute(String participant) implements MeetingCommand {
    }

    /** Turn off a participant's camera. */
    record StopVideo(String participant) implements MeetingCommand {
    }

    /** Remove a participant; {@code block} keeps it from joining again while the meeting lasts. */
    record Remove(String participant, boolean block) implements MeetingCommand {
    }

    /** Lock or unlock the meeting: while locked nobody new may join (hosts of the meeting still may). */
    record Lock(boolean locked) implements MeetingCommand {
    }

    /** End the meeting for everyone. */
    record EndForAll() implements MeetingCommand {
    }

    /** Make a participant co-host ({@code cohost true}) or a plain participant again. The host stays host. */
    record SetCohost(String participant, boolean cohost) implements MeetingCommand {
    }

    /** Change the name a participant is shown with (1–64 characters). */
    record Rename(String participant, String name) implements MeetingCommand {
    }
}
