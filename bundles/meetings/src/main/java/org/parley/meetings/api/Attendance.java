package org.parley.meetings.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One attached participant, as the transport holds it. Thread-safe; commands of one participant are applied in
 * the order they are sent.
 */
@ProviderType
public interface Attendance {

    /** The participant's id in its meeting (opaque, URL-safe; what roster entries and commands name). */
    String participantId();

    /** The meeting's URL id. */
    String meetingId();

    /**
     * Applies a command for this participant. Host controls need the host or co-host role in this meeting, and
     * a participant in the lobby may only {@link MeetingCommand.Leave}; everything is checked here, whatever the
     * transport let through.
     *
     * @throws CommandRefused with a code and a message for a person when the command is not allowed or names
     *         nobody in the meeting; the connection stays
     */
    void send(MeetingCommand command) throws CommandRefused;

    /**
     * The connection dropped without a leave: the participant keeps its place for the resume window (30 s on
     * the {@code Clock}) and is shown as not connected; after it, it leaves with reason {@code connection lost}.
     */
    void disconnected();
}
