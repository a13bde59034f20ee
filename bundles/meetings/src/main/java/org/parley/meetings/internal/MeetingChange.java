package org.parley.meetings.internal;

/**
 * A meeting as the host sends it: every field on create, only the changed ones on edit ({@code null} = keep).
 * {@code recurrence} and {@code passcode} are cleared with an empty string. Network input: validated by
 * {@link MeetingFields}. Immutable.
 *
 * @param title what to call it (1 to 200 characters)
 * @param start the first start, ISO-8601 with offset, e.g. {@code 2027-03-18T09:00:00+01:00}
 * @param durationMinutes 1 to 1440
 * @param timeZone IANA zone id, e.g. {@code Europe/Berlin}
 * @param recurrence RRULE subset, e.g. {@code FREQ=WEEKLY;BYDAY=TH;COUNT=10}
 * @param passcode 6 to 10 digits
 */
public record MeetingChange(String title, String start, Integer durationMinutes, String timeZone, String recurrence,
        String passcode, Boolean waitingRoom, Boolean guestsAllowed, Boolean joinBeforeHost, Boolean muteOnEntry,
        Integer maxParticipants, Boolean locked) {
}
