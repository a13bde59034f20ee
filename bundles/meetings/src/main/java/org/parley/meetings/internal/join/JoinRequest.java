package org.parley.meetings.internal.join;

/**
 * The body of {@code POST /api/v1/meetings/{id}/join}, both fields optional. Network input.
 *
 * @param name the name a guest is shown with (1 to 64 characters); ignored for signed-in staff
 * @param passcode the meeting's passcode when it has one
 */
public record JoinRequest(String name, String passcode) {
}
