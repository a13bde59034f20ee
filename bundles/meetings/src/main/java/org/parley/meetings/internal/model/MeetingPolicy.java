package org.parley.meetings.internal.model;

import org.parley.api.rest.ProblemException;

/**
 * The organisation-wide rules every meeting must follow (PID {@code org.parley.meetings.Policy}), applied on
 * create and on every edit. Immutable.
 *
 * @param passcodeRequired every meeting must have a passcode
 * @param waitingRoomDefault new meetings have a waiting room unless the host says otherwise
 * @param guestsAllowed hosts may let people join without signing in
 * @param maxParticipants the most a meeting may allow, 2 to 1000; also the default
 */
public record MeetingPolicy(boolean passcodeRequired, boolean waitingRoomDefault, boolean guestsAllowed,
        int maxParticipants) {

    public static final String PID = "org.parley.meetings.Policy";
    public static final int LOWEST_MAX = 2;
    public static final int HIGHEST_MAX = 1000;

    public MeetingPolicy {
        if (maxParticipants < LOWEST_MAX || maxParticipants > HIGHEST_MAX) {
            throw new IllegalArgumentException(PID + ": maxParticipants must be from " + LOWEST_MAX + " to "
                    + HIGHEST_MAX + ", not " + maxParticipants);
        }
    }

    /** The options of a new meeting before the host's choices: the policy's defaults, nothing else switched on. */
    public MeetingOptions defaults() {
        return new MeetingOptions(waitingRoomDefault, guestsAllowed, false, false, maxParticipants, false);
    }

    /** Refuses (422, naming the field) a meeting this policy does not allow. */
    public void check(MeetingOptions options, boolean hasPasscode) {
        if (passcodeRequired && !hasPasscode) {
            throw ProblemException.invalid("passcode", "Your organisation requires a passcode on every meeting.");
        }
        if (!guestsAllowed && options.guestsAllowed()) {
            throw ProblemException.invalid("guestsAllowed",
                    "Your organisation allows signed-in members only; turn guests off.");
        }
        if (options.maxParticipants() < LOWEST_MAX || options.maxParticipants() > maxParticipants) {
            throw ProblemException.invalid("maxParticipants", "Allow from " + LOWEST_MAX + " to " + maxParticipants
                    + " participants (your organisation's limit).");
        }
    }
}
