package org.parley.meetings.api;

import java.util.Objects;

/**
 * A participant as the roster shows it to everyone in the meeting. Immutable.
 *
 * @param id the participant's id in this meeting
 * @param name the name shown: the account's display name for staff, the self-chosen name for a guest
 * @param staff true when signed in with an account (staff), false for a self-named guest
 * @param role {@code host}, {@code cohost} or {@code participant}
 * @param audioMuted microphone muted (by the participant or a host)
 * @param videoMuted camera off (by the participant or a host)
 * @param handRaised hand raised
 * @param connected false while a dropped connection may still resume
 */
public record Participant(String id, String name, boolean staff, String role, boolean audioMuted,
        boolean videoMuted, boolean handRaised, boolean connected) {

    public static final String HOST = "host";
    public static final String COHOST = "cohost";
    public static final String PARTICIPANT = "participant";

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** Whether this participant may use host controls. */
    public boolean hosts() {
        return HOST.equals(role) || COHOST.equals(role);
    }
}
