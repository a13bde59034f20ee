package org.parley.meetings.internal.live;

import java.time.Instant;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.ParticipantChannel;

/**
 * A seat's connection: the current channel (if any), whether the participant ever attached, since when a dropped
 * connection may resume, and when its last join token was issued. Guarded by the room's lock.
 */
final class SeatLink {

    private final Instant reservedAt;
    private ParticipantChannel channel;
    private boolean attachedOnce;
    private Instant disconnectedAt;
    private Instant tokenIssuedAt;

    SeatLink(Instant reservedAt) {
        this.reservedAt = reservedAt;
        this.tokenIssuedAt = reservedAt;
    }

    /** Moves the participant to {@code next}; the channel it replaces (or {@code null}). */
    ParticipantChannel attach(ParticipantChannel next) {
        ParticipantChannel previous = channel;
        channel = next;
        attachedOnce = true;
        disconnectedAt = null;
        return previous;
    }

    /** The connection dropped: keep the place, count the resume window from {@code now}. */
    void drop(Instant now) {
        channel = null;
        disconnectedAt = now;
    }

    void deliver(MeetingEvent event) {
        if (channel != null) {
            channel.deliver(event);
        }
    }

    /** Closes the channel (if connected); the seat has no channel afterwards. */
    void close(CloseReason reason) {
        if (channel != null) {
            channel.close(reason);
            channel = null;
        }
    }

    boolean isCurrent(ParticipantChannel candidate) {
        return channel != null && channel == candidate;
    }

    boolean connected() {
        return channel != null;
    }

    boolean attachedOnce() {
        return attachedOnce;
    }

    Instant reservedAt() {
        return reservedAt;
    }

    Instant disconnectedAt() {
        return disconnectedAt;
    }

    Instant tokenIssuedAt() {
        return tokenIssuedAt;
    }

    void tokenIssued(Instant at) {
        tokenIssuedAt = at;
    }
}
