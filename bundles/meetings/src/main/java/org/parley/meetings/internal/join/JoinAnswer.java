package org.parley.meetings.internal.join;

/**
 * What a successful join answers: the token for the WebSocket's {@code join} message and whether the participant
 * is admitted or waits in the lobby. Deliberately without the title (the welcome brings it once admitted).
 *
 * @param token the join token
 * @param expiresAt when the token stops being good (ISO-8601)
 * @param participant the participant's id in the meeting
 * @param state {@code admitted} or {@code waiting}
 * @param meeting the meeting's URL id
 */
public record JoinAnswer(String token, String expiresAt, String participant, String state, MeetingRef meeting) {

    /** The meeting, by URL id only. */
    public record MeetingRef(String id) {
    }
}
