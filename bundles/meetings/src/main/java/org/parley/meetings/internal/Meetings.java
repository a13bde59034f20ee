package org.parley.meetings.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parley.api.Caller;
import org.parley.api.Clock;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditException;
import org.parley.audit.api.AuditService;
import org.parley.meetings.internal.model.Meeting;
import org.parley.meetings.internal.model.MeetingIds;
import org.parley.meetings.internal.model.MeetingPolicy;
import org.parley.meetings.internal.model.Occurrence;
import org.parley.meetings.internal.passcode.PasscodeCipher;
import org.parley.meetings.internal.store.MeetingStore;

/**
 * What hosts do with meetings: create, list, read, edit, delete, expand the schedule, read the invitation. Only
 * the owner and administrators see a meeting; to anybody else it does not exist (404, never 403, so ids are not
 * confirmed). Each change and its audit record ({@code meeting.create|update|delete}, target the meeting id, no
 * title) commit together or not at all. Thread-safe.
 */
public final class Meetings {

    /** The most occurrences one schedule request returns. */
    public static final int MAX_OCCURRENCES = 500;
    static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    static final Duration MAX_HORIZON = Duration.ofDays(366 * 100L);
    private static final int ID_ATTEMPTS = 5;

    private final MeetingStore store;
    private final AuditService audit;
    private final Clock clock;
    private final PasscodeCipher passcodes;
    private final Supplier<MeetingPolicy> policy;
    private final MeetingIds ids = new MeetingIds();
    private final List<Consumer<String>> deletionListeners = new CopyOnWriteArrayList<>();

    public Meetings(MeetingStore store, AuditService audit, Clock clock, PasscodeCipher passcodes,
            Supplier<MeetingPolicy> policy) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.passcodes = passcodes;
        this.policy = policy;
    }

    /** One page of meetings and how many there are in all. */
    public record Page(List<Meeting> items, int page, int size, long total) {
    }

    /**
     * A meeting with its passcode in clear when the caller owns it ({@code null} otherwise or when none), as of
     * {@code issuedAt}.
     */
    public record Invitation(Meeting meeting, String passcode, Instant issuedAt) {
    }

    public Meeting create(Caller caller, String client, MeetingChange change) {
        MeetingPolicy rules = policy.get();
        MeetingFields fields = MeetingFields.apply(null, null, rules.defaults(), change);
        rules.check(fields.options(), fields.passcode() != null);
        Instant now = clock.now();
        for (int attempt = 1; ; attempt++) {
            String id = ids.urlId();
            Meeting meeting = new Meeting(id, ids.numericId(), caller.accountId(), caller.username(), fields.title(),
                    fields.schedule(), fields.options(), fields.passcode() == null ? null
                    : passcodes.seal(id, fields.passcode()), now, now);
            try {
                commit(connection -> store.insert(connection, meeting), event(caller, client, "meeting.create",
                        meeting, Map.of("numericId", Long.toString(meeting.numericId()))));
                return meeting;
            } catch (ProblemException e) {
                if (!(e.getCause() instanceof SQLException sql && isDuplicate(sql)) || attempt == ID_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public Page list(Caller caller, boolean all, int page, int size) {
        if (all && !isAdmin(caller)) {
            throw new ProblemException(403, "Forbidden", "Only an administrator lists every meeting.");
        }
        String owner = all ? null : caller.accountId();
        try {
            return new Page(store.page(owner, page * size, size), page, size, store.count(owner));
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    public Meeting get(Caller caller, String id) {
        if (!MeetingIds.isUrlId(id)) {
            throw notFound();
        }
        try {
            return store.byId(id).filter(m -> m.ownerId().equals(caller.accountId()) || isAdmin(caller))
                    .orElseThrow(Meetings::notFound);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    public Meeting update(Caller caller, String client, String id, MeetingChange change) {
        Meeting current = get(caller, id);
        MeetingFields fields = MeetingFields.apply(current.title(), current.schedule(), current.options(), change);
        boolean hasPasscode = fields.passcodeChanged() ? fields.passcode() != null : current.sealedPasscode() != null;
        policy.get().check(fields.options(), hasPasscode);
        String sealed = !fields.passcodeChanged() ? current.sealedPasscode()
                : fields.passcode() == null ? null : passcodes.seal(id, fields.passcode());
        Meeting changed = new Meeting(id, current.numericId(), current.ownerId(), current.ownerName(), fields.title(),
                fields.schedule(), fields.options(), sealed, current.createdAt(), clock.now());
        commit(connection -> store.update(connection, changed), event(caller, client, "meeting.update", changed,
                Map.of("fields", String.join(",", fields.changed()))));
        return changed;
    }

    public void delete(Caller caller, String client, String id) {
        Meeting meeting = get(caller, id);
        commit(connection -> store.delete(connection, id), event(caller, client, "meeting.delete", meeting,
                Map.of("numericId", Long.toString(meeting.numericId()), "owner", meeting.ownerName())));
        deletionListeners.forEach(listener -> listener.accept(id));
    }

    /** Tells {@code listener} the URL id of every meeting deleted from now on (after the deletion committed). */
    public void addDeletionListener(Consumer<String> listener) {
        deletionListeners.add(listener);
    }

    public void removeDeletionListener(Consumer<String> listener) {
        deletionListeners.remove(listener);
    }

    /**
     * The meeting with this URL id for someone joining, whoever asks (the passcode, not ownership, is the check);
     * empty for an unknown or malformed id.
     */
    public Optional<Meeting> forJoin(String id) {
        if (!MeetingIds.isUrlId(id)) {
            return Optional.empty();
        }
        try {
            return store.byId(id);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Whether {@code guess} opens the meeting: always when it has no passcode, else compared in constant time. */
    public boolean passcodeMatches(Meeting meeting, String guess) {
        return meeting.sealedPasscode() == null
                || guess != null && passcodes.matches(meeting.id(), meeting.sealedPasscode(), guess);
    }

    /** The organisation's policy now. */
    public MeetingPolicy policy() {
        return policy.get();
    }

    /** The occurrences overlapping {@code [from, to)}; {@code from} defaults to now, {@code to} to 90 days later. */
    public List<Occurrence> occurrences(Caller caller, String id, Instant from, Instant to) {
        Meeting meeting = get(caller, id);
        Instant since = from == null ? clock.now() : from;
        Instant until = to == null ? since.plus(DEFAULT_WINDOW) : to;
        if (!until.isAfter(since)) {
            throw ProblemException.invalid("to", "to must be after from.");
        }
        if (until.isAfter(meeting.schedule().start().plus(MAX_HORIZON))) {
            throw ProblemException.invalid("to", "Ask for occurrences within 100 years of the first meeting.");
        }
        return meeting.schedule().between(since, until, MAX_OCCURRENCES);
    }

    public Invitation invitation(Caller caller, String id) {
        Meeting meeting = get(caller, id);
        boolean owner = meeting.ownerId().equals(caller.accountId());
        return new Invitation(meeting, owner && meeting.sealedPasscode() != null
                ? passcodes.open(id, meeting.sealedPasscode()) : null, clock.now());
    }

    private static boolean isAdmin(Caller caller) {
        return caller.roles().contains("admin");
    }

    private interface Write {
        void apply(Connection connection) throws SQLException;
    }

    private void commit(Write write, AuditEvent event) {
        try (Connection connection = store.connection()) {
            connection.setAutoCommit(false);
            try {
                write.apply(connection);
                audit.record(event);
                connection.commit();
            } catch (SQLException | AuditException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (AuditException e) {
            throw new ProblemException(503, "Audit unavailable", e.getMessage()
                    + ". The meeting was not changed; see the health of the database and of audit.");
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static AuditEvent event(Caller caller, String client, String action, Meeting meeting,
            Map<String, String> details) {
        return new AuditEvent(caller.username(), client, action, meeting.id(), AuditEvent.Outcome.SUCCESS, details);
    }

    private static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No meeting with this id, or it is not yours.");
    }

    private static ProblemException unavailable(SQLException e) {
        ProblemException problem = new ProblemException(503, "Meetings unavailable",
                "The database did not answer (" + e.getSQLState() + "); see the health of the database.");
        problem.initCause(e);
        return problem;
    }
}
