package org.parley.meetings.internal.model;

/**
 * What the host chose for how people join. Immutable.
 *
 * @param waitingRoom people wait in a lobby until admitted
 * @param guestsAllowed people who are not signed in may join (else members only)
 * @param joinBeforeHost participants may start before the host arrives
 * @param muteOnEntry participants join muted
 * @param maxParticipants how many may be in the meeting at once
 * @param locked nobody new may join
 */
public record MeetingOptions(boolean waitingRoom, boolean guestsAllowed, boolean joinBeforeHost, boolean muteOnEntry,
        int maxParticipants, boolean locked) {
}
