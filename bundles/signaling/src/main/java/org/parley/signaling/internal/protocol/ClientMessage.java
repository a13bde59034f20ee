package org.parley.signaling.internal.protocol;

import org.parley.meetings.api.MeetingCommand;

/**
 * A client message that passed validation. {@link #ref()} is the message's optional {@code id}, echoed as
 * {@code ref} by an {@code error} about it.
 */
public sealed interface ClientMessage {

    String ref();

    /** The first message: attach with a join token. */
    record Join(String token, String ref) implements ClientMessage {
        @Override
        public String toString() {
            return "Join[token=(hidden), ref=" + ref + "]";
        }
    }

    /** Answered with {@code pong}; needs no meeting. */
    record Ping(String ref) implements ClientMessage {
    }

    /** Anything else: a command for the meeting. */
    record Command(MeetingCommand command, String ref) implements ClientMessage {
    }
}
