package org.parley.meetings.internal.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.parley.audit.api.AuditEvent;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.Participant;
import org.parley.meetings.internal.model.Meeting;

/**
 * One live meeting: its seats in joining order, the lock state, who is blocked, and the audit records its changes
 * produced. Every field is guarded by the room's own lock (one per meeting, never shared across meetings); events
 * are delivered while holding it, so a meeting's events reach each channel in the order they happened. Audit
 * records are collected under the lock and written after it is released.
 */
final class Room {

    private final String id;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Seat> seats = new LinkedHashMap<>();
    private final Set<String> blockedAccounts = new HashSet<>();
    private final Set<String> blockedAddresses = new HashSet<>();
    private final List<AuditEvent> audits = new ArrayList<>();
    private Meeting meeting;
    private boolean locked;
    private boolean closed;
    private Instant endedAt;

    Room(Meeting meeting) {
        this.id = meeting.id();
        this.meeting = meeting;
        this.locked = meeting.options().locked();
    }

    String id() {
        return id;
    }

    void lock() {
        lock.lock();
    }

    /** Releases the lock and hands over the audit records collected while it was held. */
    List<AuditEvent> unlock() {
        List<AuditEvent> collected = List.copyOf(audits);
        audits.clear();
        lock.unlock();
        return collected;
    }

    /** The meeting as stored, refreshed at every join so edits (options, title) apply to later joins. */
    Meeting meeting() {
        return meeting;
    }

    void refresh(Meeting latest) {
        meeting = latest;
    }

    boolean locked() {
        return locked;
    }

    void locked(boolean value) {
        locked = value;
    }

    /** A closed room is out of the registry: whoever finds it must look again. */
    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
    }

    /** When a host ended the meeting for everyone, or {@code null}. */
    Instant endedAt() {
        return endedAt;
    }

    void ended(Instant at) {
        endedAt = at;
    }

    Seat seat(String participantId) {
        return participantId == null ? null : seats.get(participantId);
    }

    List<Seat> seats() {
        return new ArrayList<>(seats.values());
    }

    int size() {
        return seats.size();
    }

    void add(Seat seat) {
        seats.put(seat.id(), seat);
    }

    /** Takes the seat out; its media leg closes with it (leave, removal, denial, end, resume window over). */
    void remove(Seat seat) {
        seats.remove(seat.id());
        seat.mediaLeg().close();
    }

    /** Blocks the seat's account (staff) or address (guest) from joining again while the room lasts. */
    String block(Seat seat) {
        if (seat.joiner().staff()) {
            blockedAccounts.add(seat.joiner().accountId());
            return "account";
        }
        blockedAddresses.add(seat.joiner().address().host());
        return "address";
    }

    boolean blocks(Joiner joiner) {
        return joiner.staff() ? blockedAccounts.contains(joiner.accountId())
                : blockedAddresses.contains(joiner.address().host());
    }

    /** A host or co-host is in the meeting (attached, or within its resume window). */
    boolean hostPresent() {
        return seats.values().stream().anyMatch(seat -> seat.inRoster() && seat.hosts());
    }

    List<Participant> roster() {
        return seats.values().stream().filter(Seat::inRoster).map(Seat::view).toList();
    }

    List<MeetingEvent.Waiting.Knock> knocks() {
        return seats.values().stream().filter(Seat::inLobby).map(Seat::knock).toList();
    }

    MeetingEvent.Welcome welcome(Seat seat) {
        return new MeetingEvent.Welcome(seat.view(), id, meeting.title(), locked, roster(),
                seat.hosts() ? knocks() : List.of());
    }

    /** To everyone in the roster. */
    void toRoster(MeetingEvent event) {
        toRosterBut(null, event);
    }

    /** To everyone in the roster but {@code except}. */
    void toRosterBut(Seat except, MeetingEvent event) {
        seats.values().stream().filter(seat -> seat.inRoster() && seat != except)
                .forEach(seat -> seat.link().deliver(event));
    }

    /** The lobby changed: hosts and co-hosts get the new list. */
    void lobbyChanged() {
        MeetingEvent.Lobby lobby = new MeetingEvent.Lobby(knocks());
        seats.values().stream().filter(seat -> seat.inRoster() && seat.hosts())
                .forEach(seat -> seat.link().deliver(lobby));
    }

    /**
     * Collects an audit record of what {@code actor} did in this meeting; the details always name the actor's
     * participant id and never a title, a chat text, a passcode or a token.
     */
    void audit(Seat actor, String action, Map<String, String> details) {
        audits.add(event(actor, action, details));
    }

    /** Collects an audit record made outside the meeting (an admin's action), written after the lock is released. */
    void audit(AuditEvent event) {
        audits.add(event);
    }

    /** The audit record of what {@code actor} did here; the details get the actor's participant id. */
    AuditEvent event(Seat actor, String action, Map<String, String> details) {
        Map<String, String> all = new HashMap<>(details);
        all.put("participant", actor.id());
        return new AuditEvent(actor.actor(), actor.joiner().address().host(), action, id, AuditEvent.Outcome.SUCCESS,
                all);
    }
}
