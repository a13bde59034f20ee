package org.parley.meetings.internal.join;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.parley.api.Caller;
import org.parley.api.ClientAddress;
import org.parley.api.Clock;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditService;
import org.parley.meetings.internal.Meetings;
import org.parley.meetings.internal.live.JoinDenied;
import org.parley.meetings.internal.live.Joiner;
import org.parley.meetings.internal.live.LiveRooms;
import org.parley.meetings.internal.model.Meeting;
import org.parley.meetings.internal.model.MeetingIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides a join, in this order: drained for maintenance (503, {@link Drain}) → throttle (429) → the meeting exists and the passcode matches (one 404 for an
 * unknown id, a missing and a wrong passcode; the owner needs no passcode, it can read it in its invitation) →
 * the room's rules ({@link LiveRooms#join}: ended, blocked, members only, locked, full, name). Failed passcodes
 * and unknown ids count against the caller's address, wrong passcodes also against the meeting; a malformed id
 * (not URL-id shaped, so no guess at all) is answered 404 without counting. Audited:
 * {@code meeting.passcode.refused}, {@code meeting.passcode.throttled}, refused joins ({@code meeting.join},
 * outcome DENIED, with the code) and, by the rooms, each join. Thread-safe.
 */
public final class JoinDesk {

    private static final Logger LOG = LoggerFactory.getLogger(JoinDesk.class);
    private static final String UNKNOWN = "unknown";

    private final Meetings meetings;
    private final LiveRooms rooms;
    private final PasscodeThrottle throttle;
    private final AuditService audit;
    private final Clock clock;
    private final Drain drain;

    public JoinDesk(Meetings meetings, LiveRooms rooms, PasscodeThrottle throttle, AuditService audit, Clock clock,
            Drain drain) {
        this.drain = drain;
        this.meetings = meetings;
        this.rooms = rooms;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param caller the signed-in caller (staff), or {@code null} for a guest
     * @throws JoinProblem for 404, 403 and 429 answers
     * @throws ProblemException 422 for a bad guest name, 503 when the database or audit does not answer
     */
    public JoinAnswer join(String id, JoinRequest body, Caller caller, ClientAddress client) {
        JoinRequest request = body == null ? new JoinRequest(null, null) : body;
        Instant now = clock.now();
        String actor = caller == null ? "anonymous" : caller.username();
        boolean shaped = MeetingIds.isUrlId(id);
        if (drain.active()) {
            note(actor, client, "meeting.join", shaped ? id : UNKNOWN, AuditEvent.Outcome.DENIED,
                    Map.of("code", "draining"));
            throw JoinProblem.draining();
        }
        long wait = throttle.retryAfter(client.address(), shaped ? id : null, now);
        if (wait > 0) {
            note(actor, client, "meeting.passcode.throttled", shaped ? id : UNKNOWN, AuditEvent.Outcome.DENIED,
                    Map.of());
            throw JoinProblem.throttled(wait);
        }
        Optional<Meeting> found = meetings.forJoin(id);
        boolean owner = caller != null && found.isPresent() && found.get().ownerId().equals(caller.accountId());
        if (found.isEmpty() || !owner && !meetings.passcodeMatches(found.get(), request.passcode())) {
            if (shaped) {
                throttle.failed(client.address(), found.isPresent() ? id : null, now);
                note(actor, client, "meeting.passcode.refused", found.isPresent() ? id : UNKNOWN,
                        AuditEvent.Outcome.FAILURE, Map.of());
            }
            throw JoinProblem.notFound();
        }
        Joiner joiner = caller == null ? new Joiner(null, null, request.name(), client)
                : new Joiner(caller.accountId(), caller.username(), caller.username(), client);
        try {
            LiveRooms.Ticket ticket = rooms.join(found.get(), meetings.policy(), joiner);
            return new JoinAnswer(ticket.token().token(), ticket.token().expiresAt().toString(),
                    ticket.participantId(), ticket.admitted() ? "admitted" : "waiting",
                    new JoinAnswer.MeetingRef(id));
        } catch (JoinDenied e) {
            note(actor, client, "meeting.join", id, AuditEvent.Outcome.DENIED, Map.of("code", e.code()));
            throw JoinProblem.forbidden(e.code(), e.getMessage());
        } catch (AuditException e) {
            throw new ProblemException(503, "Audit unavailable", e.getMessage()
                    + ". Nobody can join while joins cannot be audited; see the health of the database and audit.");
        }
    }

    /** Records a refusal; a refusal stands even when audit is down. */
    private void note(String actor, ClientAddress client, String action, String target, AuditEvent.Outcome outcome,
            Map<String, String> details) {
        try {
            audit.record(new AuditEvent(actor, client.host(), action, target, outcome, details));
        } catch (AuditException e) {
            LOG.error("Audit record {} of {} not written: {}", action, target, e.getMessage());
        }
    }
}
