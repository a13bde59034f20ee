package org.parley.meetings.internal.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.parley.api.Clock;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditService;
import org.parley.media.api.MediaService;
import org.parley.meetings.api.Attendance;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.api.JoinRefused;
import org.parley.meetings.api.LiveMeetings;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.ParticipantChannel;
import org.parley.meetings.internal.model.Meeting;
import org.parley.meetings.internal.model.MeetingIds;
import org.parley.meetings.internal.model.MeetingPolicy;
import org.parley.meetings.internal.token.JoinTokens;

/**
 * The live meetings, in memory: one {@link Room} per meeting URL id, made at the first join and gone when its last
 * participant leaves or a host ends it (or the meeting is deleted). After an end, joins of anyone but the owner are
 * refused ({@code ended}) for {@link #ENDED_HOLD} unless the owner starts it again, and tokens issued before the end
 * are refused {@code ENDED}. Each room has its own lock; nothing here is shared across meetings but the map.
 * Media commands go to the {@link MediaDesk} (the optional media service, each seat's leg). Thread-safe.
 */
public final class LiveRooms implements LiveMeetings {

    /** How long an ended meeting refuses joins (the owner may start it again at once). */
    public static final Duration ENDED_HOLD = Duration.ofHours(1);
    private static final String GONE = "This connection is no longer in the meeting; join again.";

    /** A reserved seat: the token for attaching, the participant's id and whether it is admitted. */
    public record Ticket(JoinTokens.Issued token, String participantId, boolean admitted) {
    }

    private final ConcurrentMap<String, Room> rooms = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Instant> ended = new ConcurrentHashMap<>();
    private final MeetingIds ids = new MeetingIds();
    private final MediaDesk media = new MediaDesk();
    private final JoinTokens tokens;
    private final AuditTrail audit;
    private final Clock clock;

    public LiveRooms(JoinTokens tokens, AuditService audit, Clock clock) {
        this.tokens = tokens;
        this.audit = new AuditTrail(audit);
        this.clock = clock;
    }

    /**
     * Reserves a seat in the meeting's room for someone whose passcode was right (see {@link Admission} for the
     * checks) and audits the join. The seat waits {@link JoinTokens#LIFE} for its participant to attach.
     *
     * @throws JoinDenied when the meeting's state refuses the join
     * @throws AuditException when the join cannot be audited; then no seat is kept
     */
    public Ticket join(Meeting meeting, MeetingPolicy policy, Joiner joiner) throws JoinDenied, AuditException {
        Instant now = clock.now();
        boolean host = joiner.staff() && joiner.accountId().equals(meeting.ownerId());
        Room room = open(meeting, host, now);
        Seat seat;
        boolean admitted;
        AuditEvent joined;
        try {
            room.refresh(meeting);
            seat = Admission.reserve(room, policy, joiner, host, ids.urlId(), now);
            admitted = seat.admitted();
            joined = room.event(seat, "meeting.join", Map.of("role", seat.role(), "staff",
                    Boolean.toString(joiner.staff()), "state", admitted ? "admitted" : "waiting"));
        } finally {
            release(room);
        }
        try {
            audit.record(joined);
        } catch (AuditException | RuntimeException e) {
            cancel(room, seat);
            throw e;
        }
        return new Ticket(tokens.sign(meeting.id(), seat.id(), now), seat.id(), admitted);
    }

    @Override
    public Attendance attach(String joinToken, ParticipantChannel channel) throws JoinRefused {
        JoinTokens.Claims claims = tokens.verify(joinToken, clock.now());
        Room room = rooms.get(claims.meetingId());
        if (room != null) {
            room.lock();
            try {
                Seat seat = room.closed() ? null : room.seat(claims.participantId());
                if (seat != null) {
                    boolean first = !seat.link().attachedOnce();
                    boolean resumed = !first && !seat.link().connected();
                    ParticipantChannel previous = seat.link().attach(channel);
                    if (previous != null) {
                        previous.close(CloseReason.REPLACED);
                    }
                    if (!first) {
                        MediaDesk.reattached(seat);
                    }
                    Lobby.present(room, seat, first, resumed);
                    return new Attendee(this, room, seat, channel);
                }
            } finally {
                release(room);
            }
        }
        Instant end = ended.get(claims.meetingId());
        if (end != null && !claims.issuedAt().isAfter(end)) {
            throw new JoinRefused(JoinRefused.Reason.ENDED, CloseReason.ENDED.text());
        }
        throw new JoinRefused(JoinRefused.Reason.REVOKED, CloseReason.TOKEN_INVALID.text());
    }

    void command(Attendee attendee, MeetingCommand command) throws CommandRefused {
        Room room = attendee.room();
        room.lock();
        try {
            if (!attendee.current()) {
                throw new CommandRefused("not-joined", GONE);
            }
            Seat seat = attendee.seat();
            if (command instanceof MeetingCommand.Leave) {
                seat.link().close(CloseReason.LEFT);
                Departures.leave(room, seat, "left");
                room.audit(seat, "meeting.leave", Map.of("reason", "left"));
            } else if (!seat.admitted()) {
                throw Refusals.forbidden("You are waiting for a host to let you in.");
            } else if (command instanceof MeetingCommand.Chat chat) {
                Chat.relay(room, seat, chat, clock.now());
            } else if (command instanceof MeetingCommand.RaiseHand || command instanceof MeetingCommand.MediaState) {
                Chat.ownState(room, seat, command);
            } else if (command instanceof MeetingCommand.MediaOffer
                    || command instanceof MeetingCommand.MediaAnswer) {
                media.apply(room, seat, command, this::inRoom);
            } else {
                HostControls.apply(room, seat, command, clock.now());
            }
        } finally {
            release(room);
        }
    }

    void disconnected(Attendee attendee) {
        Room room = attendee.room();
        room.lock();
        try {
            if (attendee.current()) {
                Seat seat = attendee.seat();
                seat.link().drop(clock.now());
                if (seat.inRoster()) {
                    room.toRosterBut(seat, new MeetingEvent.Updated(seat.view()));
                }
            }
        } finally {
            release(room);
        }
    }

    /** Applies the {@link Timeouts} to every room and forgets ends older than {@link #ENDED_HOLD}. */
    public void tick() {
        Instant now = clock.now();
        eachRoom(room -> Timeouts.tick(room, now, tokens));
        ended.values().removeIf(at -> !now.isBefore(at.plus(ENDED_HOLD)));
    }

    /**
     * A media service is bound (at start, or back after it went): media commands go to it from now on, legs of
     * any other service are dropped and everyone admitted is told to offer afresh.
     */
    public void mediaBound(MediaService service) {
        media.bound(service);
        eachRoom(room -> MediaDesk.restarted(room, service));
    }

    /** The media service went away: its legs are dropped; media commands are refused until one is bound. */
    public void mediaUnbound(MediaService service) {
        media.unbound(service);
        eachRoom(room -> MediaDesk.gone(room, service));
    }

    /** Runs {@code work} under the room's lock if the seat is still in the open room (media listeners). */
    void inRoom(Room room, Seat seat, Runnable work) {
        room.lock();
        try {
            if (!room.closed() && room.seat(seat.id()) == seat) {
                work.run();
            }
        } finally {
            release(room);
        }
    }

    /** Runs {@code work} on every open room, one at a time under its own lock. */
    private void eachRoom(Consumer<Room> work) {
        for (Room room : rooms.values()) {
            room.lock();
            try {
                if (!room.closed()) {
                    work.accept(room);
                }
            } finally {
                release(room);
            }
        }
    }

    /** The meeting was deleted: if live, it ends for everyone (audited as {@code system}). */
    public void deleted(String meetingId) {
        Room room = rooms.get(meetingId);
        if (room == null) {
            return;
        }
        room.lock();
        try {
            if (!room.closed()) {
                Departures.end(room, clock.now());
            }
        } finally {
            release(room);
        }
        audit.recordAll(List.of(new AuditEvent("system", "local", "meeting.end", meetingId,
                AuditEvent.Outcome.SUCCESS, Map.of("reason", "deleted"))));
    }

    /** Work on one room under its lock. */
    @FunctionalInterface
    interface RoomWork<T> {
        T apply(Room room) throws CommandRefused;
    }

    /** Runs work on the meeting's open room under its lock (audit records written after); empty when not live. */
    <T> java.util.Optional<T> inRoom(String meetingId, RoomWork<T> work) throws CommandRefused {
        Room room = rooms.get(meetingId);
        if (room == null) {
            return java.util.Optional.empty();
        }
        room.lock();
        try {
            return room.closed() ? java.util.Optional.empty() : java.util.Optional.of(work.apply(room));
        } finally {
            release(room);
        }
    }

    /** The ids of the meetings live now. */
    List<String> liveIds() {
        return List.copyOf(rooms.keySet());
    }

    Instant now() {
        return clock.now();
    }

    /** How many meetings are live now (a drain waits for none). */
    public int liveCount() {
        return rooms.size();
    }

    /** Whether a room is live for the meeting (for tests and health). */
    public boolean isLive(String meetingId) {
        return rooms.containsKey(meetingId);
    }

    /** The meeting's room, locked and open; refused when it ended recently and the caller is not its host. */
    private Room open(Meeting meeting, boolean host, Instant now) throws JoinDenied {
        while (true) {
            Room room = rooms.get(meeting.id());
            if (room == null) {
                Instant end = ended.get(meeting.id());
                if (!host && end != null && now.isBefore(end.plus(ENDED_HOLD))) {
                    throw new JoinDenied("ended", "A host ended this meeting.");
                }
                room = rooms.computeIfAbsent(meeting.id(), id -> new Room(meeting));
            }
            room.lock();
            if (!room.closed()) {
                return room;
            }
            audit.recordAll(room.unlock());
        }
    }

    /** Unlocks the room after removing it when it ended or emptied, then writes its audit records. */
    private void release(Room room) {
        if (!room.closed() && (room.endedAt() != null || room.size() == 0)) {
            if (room.endedAt() != null) {
                ended.put(room.id(), room.endedAt());
            } else {
                // After an end only the owner can open a room: it started the meeting again, and that one simply
                // emptied, so the meeting is not held as ended any more.
                ended.remove(room.id());
            }
            room.close();
            rooms.remove(room.id(), room);
        }
        audit.recordAll(room.unlock());
    }

    private void cancel(Room room, Seat seat) {
        room.lock();
        try {
            if (room.seat(seat.id()) == seat && !seat.link().attachedOnce()) {
                room.remove(seat);
            }
        } finally {
            release(room);
        }
    }
}
