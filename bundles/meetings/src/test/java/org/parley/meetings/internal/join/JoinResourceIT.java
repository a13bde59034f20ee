package org.parley.meetings.internal.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.Caller;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.ParticipantChannel;
import org.parley.meetings.internal.Components;
import org.parley.meetings.internal.LiveMeetingsCore;
import org.parley.meetings.internal.MeetingChange;
import org.parley.meetings.internal.MeetingsCore;
import org.parley.meetings.internal.rest.Bodies;
import org.parley.meetings.internal.rest.MeetingsResource;
import org.parley.store.internal.StandaloneDatabase;
import org.parley.testing.support.FakeAudit;

/**
 * {@code POST /api/v1/meetings/{id}/join} over the real components on Derby, called as the front door calls it,
 * then the returned token attached through the {@code LiveMeetings} service as signaling would.
 */
class JoinResourceIT {

    private static final Caller ALICE = new Caller("acc-alice", "local", "alice", Set.of("host"),
            Set.of("meetings:*"), "session");
    private static final Caller BOB = new Caller("acc-bob", "local", "bob", Set.of("member"), Set.of(), "session");
    private static final String TITLE = "Quarterly numbers (confidential)";
    private static final String PASSCODE = "135790";
    private static final String UNKNOWN = "ZZZZZZZZZZZZZZZZZZZZZZ";

    @TempDir
    Path dir;

    private final FakeAudit audit = new FakeAudit();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-03-01T09:00:00Z"));
    private StandaloneDatabase database;
    private MeetingsResource meetings;
    private LiveMeetingsCore live;
    private JoinResource joins;

    @BeforeEach
    void open() throws Exception {
        database = StandaloneDatabase.openDerby(dir.resolve("db"));
        MeetingsCore core = Components.meetingsCore(database, audit, dir.resolve("var/lib"), now::get);
        meetings = new MeetingsResource(core);
        live = new LiveMeetingsCore(core, audit);
        joins = new JoinResource(live);
    }

    @AfterEach
    void close() {
        live.deactivate();
        database.close();
    }

    /** A meeting of Alice's; options null = the policy's defaults (waiting room on, guests allowed). */
    private String meeting(Boolean guestsAllowed, Boolean joinBeforeHost, Integer max, Boolean locked) {
        Response created = meetings.create(new MeetingChange(TITLE, "2027-03-01T10:00:00+01:00", 60, "Europe/Berlin",
                null, PASSCODE, null, guestsAllowed, joinBeforeHost, null, max, locked),
                Components.request(ALICE, "192.0.2.1"));
        return ((Bodies.MeetingView) created.getEntity()).id();
    }

    private Response join(String id, String name, String passcode, Caller caller, String ip) {
        return joins.join(id, new JoinRequest(name, passcode), Components.request(caller, ip));
    }

    private static Map<?, ?> problem(Response response, int status, String code) {
        assertEquals(status, response.getStatus(), () -> String.valueOf(response.getEntity()));
        assertEquals("application/problem+json", response.getMediaType().toString());
        Map<?, ?> body = (Map<?, ?>) response.getEntity();
        assertEquals(code, body.get("code"));
        return body;
    }

    private static JoinAnswer answer(Response response) {
        assertEquals(200, response.getStatus(), () -> String.valueOf(response.getEntity()));
        return (JoinAnswer) response.getEntity();
    }

    @Test
    void anUnknownIdAWrongAndAMissingPasscodeAnswerTheSame404() {
        String id = meeting(null, null, null, null);
        Map<?, ?> unknown = problem(join(UNKNOWN, "Gina", PASSCODE, null, "198.51.100.1"), 404,
                "not-found-or-passcode");
        assertEquals(unknown, problem(join(id, "Gina", "000000", null, "198.51.100.2"), 404, "not-found-or-passcode"));
        assertEquals(unknown, problem(join(id, "Gina", null, null, "198.51.100.3"), 404, "not-found-or-passcode"));
        assertEquals(unknown, problem(joins.join(id, null, Components.request(BOB, "198.51.100.4")), 404,
                "not-found-or-passcode"));
        assertEquals(unknown, problem(join("x", null, null, null, "198.51.100.5"), 404, "not-found-or-passcode"));
        assertEquals("No meeting has this link, or the passcode is wrong.", unknown.get("detail"));
        assertEquals(List.of("unknown", id, id, id), audit.of("meeting.passcode.refused").stream()
                .map(e -> e.target()).toList(), "a malformed id is no guess");
        assertEquals("198.51.100.1", audit.of("meeting.passcode.refused").get(0).clientAddress());
    }

    @Test
    void tooManyFailuresFromOneAddressAnswer429UntilTheWindowPasses() {
        String id = meeting(null, null, null, null);
        for (int i = 0; i < 4; i++) {
            problem(join(UNKNOWN, "Gina", null, null, "198.51.100.1"), 404, "not-found-or-passcode");
        }
        problem(join(id, "Gina", "999999", null, "198.51.100.1"), 404, "not-found-or-passcode");
        Response throttled = join(id, "Gina", PASSCODE, null, "198.51.100.1");
        Map<?, ?> body = problem(throttled, 429, "too-many");
        assertEquals("600", throttled.getHeaderString("Retry-After"));
        assertEquals(body, problem(join(UNKNOWN, "Gina", PASSCODE, null, "198.51.100.1"), 429, "too-many"));
        assertEquals(2, audit.of("meeting.passcode.throttled").size());
        answer(join(id, "Gina", PASSCODE, null, "198.51.100.2"));
        now.set(now.get().plus(Duration.ofMinutes(10)));
        answer(join(id, "Gina", PASSCODE, null, "198.51.100.1"));
    }

    @Test
    void tooManyWrongPasscodesForOneMeetingFromManyAddressesAnswer429ToEveryone() {
        String id = meeting(null, null, null, null);
        for (int i = 1; i <= 20; i++) {
            problem(join(id, "Bot", "000000", null, "203.0.113." + i), 404, "not-found-or-passcode");
        }
        problem(join(id, "Gina", PASSCODE, null, "198.51.100.1"), 429, "too-many");
        answer(join(meeting(null, null, null, null), "Gina", PASSCODE, null, "198.51.100.1"));
    }

    @Test
    void staffJoinUnderTheirUserNameGuestsUnderTheirOwnAndNeitherLearnsTheTitle() throws Exception {
        String id = meeting(null, true, null, null);
        JoinAnswer bob = answer(join(id, "Not Bob", PASSCODE, BOB, "192.0.2.2"));
        assertEquals("admitted", bob.state(), "staff skip the waiting room");
        assertEquals(id, bob.meeting().id());
        JoinAnswer gina = answer(join(id, "Gina", PASSCODE, null, "198.51.100.7"));
        assertEquals("waiting", gina.state());
        JoinAnswer host = answer(join(id, null, null, ALICE, "192.0.2.1"));
        assertEquals("admitted", host.state(), "the owner needs no passcode");
        assertFalse(String.valueOf(gina).contains(TITLE));
        Recorder channel = new Recorder();
        live.attach(bob.token(), channel);
        MeetingEvent.Welcome welcome = (MeetingEvent.Welcome) channel.events.get(0);
        assertEquals("bob", welcome.you().name());
        assertTrue(welcome.you().staff());
        assertEquals(TITLE, welcome.title());
        Recorder waiting = new Recorder();
        live.attach(gina.token(), waiting);
        assertEquals(List.of(new MeetingEvent.Waiting(gina.participant(), "Gina", "waiting-room")), waiting.events);
        assertEquals(List.of("bob", "guest", "alice"), audit.of("meeting.join").stream().map(e -> e.actor())
                .toList());
        assertTrue(audit.events.stream().noneMatch(e -> e.toString().contains(TITLE)
                || e.toString().contains(PASSCODE) || e.toString().contains(gina.token())
                || e.toString().contains("Gina")), "no title, passcode, token or guest name: " + audit.events);
    }

    @Test
    void membersOnlyLockedAndFullAreRefusedWithTheirCodes() {
        String membersOnly = meeting(false, true, null, null);
        problem(join(membersOnly, "Gina", PASSCODE, null, "198.51.100.7"), 403, "sign-in-required");
        answer(join(membersOnly, null, PASSCODE, BOB, "192.0.2.2"));
        String locked = meeting(null, true, null, true);
        problem(join(locked, null, PASSCODE, BOB, "192.0.2.2"), 403, "locked");
        answer(join(locked, null, null, ALICE, "192.0.2.1"));
        String small = meeting(null, true, 2, null);
        answer(join(small, "A", PASSCODE, null, "198.51.100.1"));
        answer(join(small, "B", PASSCODE, null, "198.51.100.2"));
        problem(join(small, null, PASSCODE, BOB, "192.0.2.2"), 403, "full");
        assertEquals(List.of("sign-in-required", "locked", "full"), audit.of("meeting.join").stream()
                .filter(e -> e.outcome() == AuditEvent.Outcome.DENIED)
                .map(e -> e.details().get("code")).toList());
    }

    @Test
    void aGuestNeedsAShowableNameAndAuditMustAnswer() {
        String id = meeting(null, true, null, null);
        for (String bad : new String[] {null, "  ", "x".repeat(65), "Gina\u202Egnp.exe", "Gi\nna"}) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> join(id, bad, PASSCODE, null, "198.51.100.7"));
            assertEquals(List.of(422, "name"), List.of(e.status(), e.field()));
        }
        audit.failing = true;
        ProblemException down = assertThrows(ProblemException.class,
                () -> join(id, "Gina", PASSCODE, null, "198.51.100.7"));
        assertEquals(503, down.status());
        assertFalse(live.rooms().isLive(id), "no seat kept without its audit record");
    }

    @Test
    void deletingALiveMeetingEndsItForEveryone() throws Exception {
        String id = meeting(null, true, null, null);
        Recorder channel = new Recorder();
        live.attach(answer(join(id, null, null, ALICE, "192.0.2.1")).token(), channel);
        meetings.delete(id, Components.request(ALICE, "192.0.2.1"));
        assertEquals(CloseReason.ENDED, channel.closed);
        problem(join(id, "Gina", PASSCODE, null, "198.51.100.7"), 404, "not-found-or-passcode");
    }

    /** A channel that keeps what it got. */
    private static final class Recorder implements ParticipantChannel {
        final List<MeetingEvent> events = new CopyOnWriteArrayList<>();
        volatile CloseReason closed;

        @Override
        public void deliver(MeetingEvent event) {
            events.add(event);
        }

        @Override
        public void close(CloseReason reason) {
            closed = reason;
        }
    }
}
