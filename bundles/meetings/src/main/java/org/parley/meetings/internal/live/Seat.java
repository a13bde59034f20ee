package org.parley.meetings.internal.live;

import java.time.Instant;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.Participant;

/**
 * One participant's place in a room: who it is, its role, whether the lobby holds it (and why), its microphone,
 * camera and hand, its connection ({@link SeatLink}) and its media leg ({@link SeatMedia}, which follows the
 * microphone and camera state). A seat is reserved by the join route and becomes
 * visible to others only once its participant attaches. Guarded by the room's lock.
 */
final class Seat {

    static final String WAITING_ROOM = "waiting-room";
    static final String HOST_ABSENT = "host-absent";

    private final String id;
    private final Joiner joiner;
    private final SeatLink link;
    private final SeatMedia mediaLeg = new SeatMedia();
    private String name;
    private String role;
    private String waitingReason;
    private boolean audioMuted;
    private boolean videoMuted;
    private boolean handRaised;

    /**
     * @param waitingReason {@link #WAITING_ROOM}, {@link #HOST_ABSENT}, or {@code null} when admitted at once
     */
    Seat(String id, Joiner joiner, String name, String role, String waitingReason, boolean audioMuted,
            Instant reservedAt) {
        this.id = id;
        this.joiner = joiner;
        this.name = name;
        this.role = role;
        this.waitingReason = waitingReason;
        this.audioMuted = audioMuted;
        this.link = new SeatLink(reservedAt);
    }

    String id() {
        return id;
    }

    Joiner joiner() {
        return joiner;
    }

    SeatLink link() {
        return link;
    }

    SeatMedia mediaLeg() {
        return mediaLeg;
    }

    String name() {
        return name;
    }

    String role() {
        return role;
    }

    boolean admitted() {
        return waitingReason == null;
    }

    String waitingReason() {
        return waitingReason;
    }

    /** In the roster: admitted and attached at least once. */
    boolean inRoster() {
        return admitted() && link.attachedOnce();
    }

    /** Knocking: held by the lobby and attached at least once. */
    boolean inLobby() {
        return !admitted() && link.attachedOnce();
    }

    /** Holds the host or co-host role. */
    boolean hosts() {
        return view().hosts();
    }

    void admit() {
        waitingReason = null;
    }

    void holdFor(String reason) {
        waitingReason = reason;
    }

    void rename(String shown) {
        name = shown;
    }

    void role(String next) {
        role = next;
    }

    /**
     * Changes the microphone, camera and hand; {@code null} keeps one as it is. Every change of mute state, whoever
     * made it, goes through here, so the media leg stops forwarding a muted track whatever the browser sends.
     */
    void media(Boolean audioOff, Boolean videoOff, Boolean handUp) {
        audioMuted = audioOff == null ? audioMuted : audioOff;
        videoMuted = videoOff == null ? videoMuted : videoOff;
        handRaised = handUp == null ? handRaised : handUp;
        mediaLeg.follow(audioMuted, videoMuted);
    }

    Participant view() {
        return new Participant(id, name, joiner.staff(), role, audioMuted, videoMuted, handRaised, link.connected());
    }

    MeetingEvent.Waiting.Knock knock() {
        return new MeetingEvent.Waiting.Knock(id, name, joiner.staff());
    }

    /** What audit records name: the user name for staff, {@code guest} for a guest (its id is in the details). */
    String actor() {
        return joiner.staff() ? joiner.username() : "guest";
    }
}
