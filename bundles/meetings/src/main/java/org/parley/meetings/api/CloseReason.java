package org.parley.meetings.api;

/**
 * Why the meetings bundle ends a participant's connection. {@link #code()} is the WebSocket close code the
 * signaling bundle uses (4000–4999 are the application's own, RFC 6455 §7.4.2).
 */
public enum CloseReason {
    /** The participant left (its own {@link MeetingCommand.Leave}). */
    LEFT(4000, "left the meeting"),
    /** A host ended the meeting for everyone. */
    ENDED(4001, "the meeting was ended by a host"),
    /** A host removed the participant. */
    REMOVED(4002, "removed from the meeting by a host"),
    /** A host denied the participant entry from the lobby. */
    DENIED(4003, "a host did not let you in"),
    /** The same participant attached through a newer connection. */
    REPLACED(4004, "this meeting was opened in another window"),
    /** The join token expired or is no longer valid (see {@link JoinRefused.Reason}). */
    TOKEN_INVALID(4005, "the join token is not valid any more; join again");

    private final int code;
    private final String text;

    CloseReason(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The WebSocket close code. */
    public int code() {
        return code;
    }

    /** A sentence for the person, also the close frame's reason. */
    public String text() {
        return text;
    }
}
