package org.parley.meetings.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Live meetings, provided by the meetings bundle as an OSGi service. Thread-safe.
 */
@ProviderType
public interface LiveMeetings {

    /**
     * Checks a join token (signature, algorithm, expiry, meeting and participant still valid) and attaches the
     * connection to its participant. A participant whose earlier connection dropped less than the resume window
     * ago gets its place back (same id, role and state; the others see no leave). A participant already attached
     * through another connection is moved to this one: the old channel is closed with {@link CloseReason#REPLACED}.
     * The first events delivered are {@link MeetingEvent.Welcome} (admitted) or {@link MeetingEvent.Waiting}
     * (in the lobby), then whatever happens.
     *
     * @param joinToken the token {@code POST /api/v1/meetings/{id}/join} returned (or a refreshed one)
     * @param channel where this participant's events go from now on
     * @return the participant's handle for commands
     * @throws JoinRefused when the token is not (or no longer) good; its reason says why
     */
    Attendance attach(String joinToken, ParticipantChannel channel) throws JoinRefused;
}
