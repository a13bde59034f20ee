package org.parley.meetings.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One participant's connection, as the transport (signaling) implements it. The meetings bundle calls it from its
 * own threads, possibly while holding the meeting's lock, so both methods must return at once (queue, never block
 * on the network) and must not call back into {@link Attendance}.
 */
@ConsumerType
public interface ParticipantChannel {

    /** Queues an event for the participant. Events of one meeting arrive in the order they happened. */
    void deliver(MeetingEvent event);

    /**
     * Ends the connection with a reason (after the events already queued). The participant is gone or has moved
     * elsewhere; the transport must not call {@link Attendance#disconnected()} for it afterwards.
     */
    void close(CloseReason reason);
}
