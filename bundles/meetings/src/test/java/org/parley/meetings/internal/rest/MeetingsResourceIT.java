package org.parley.meetings.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.parley.api.Caller;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditService;
import org.parley.meetings.internal.Components;
import org.parley.meetings.internal.MeetingChange;
import org.parley.meetings.internal.MeetingsCore;
import org.parley.store.internal.StandaloneDatabase;
import org.parley.testing.support.FakeAudit;

/**
 * The REST resource over the real component on Derby, as the front door calls it: the caller and client address as
 * request attributes, query parameters as strings. The component is built the way SCR builds it.
 */
class MeetingsResourceIT {

    private static final Caller ALICE = new Caller("acc-alice", "local", "alice", Set.of("host"),
            Set.of("meetings:*"), "session");

    @TempDir
    Path dir;

    private StandaloneDatabase database;
    private MeetingsResource resource;
    private HttpServletRequest request;

    @BeforeEach
    void open() throws Exception {
        database = StandaloneDatabase.openDerby(dir.resolve("db"));
        AuditService audit = new FakeAudit();
        MeetingsCore core = Components.meetingsCore(database, audit, dir.resolve("var/lib"),
                () -> Instant.parse("2027-03-01T09:00:00Z"));
        resource = new MeetingsResource(core);
        request = Components.request(ALICE, "192.0.2.9");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static ProblemException refused(int status, Executable action) {
        ProblemException e = assertThrows(ProblemException.class, action);
        assertEquals(status, e.status(), e.getMessage());
        return e;
    }

    private Bodies.MeetingView create() {
        Response created = resource.create(new MeetingChange("Weekly", "2027-03-18T09:00:00+01:00", 45,
                "Europe/Berlin", "FREQ=WEEKLY;COUNT=3", "135790", null, null, null, null, null, null), request);
        assertEquals(201, created.getStatus());
        return (Bodies.MeetingView) created.getEntity();
    }

    @Test
    void createListReadAndTheInvitationInJsonAndCalendarForm() {
        Bodies.MeetingView view = create();
        assertEquals(List.of("2027-03-18T08:00:00Z", "2027-03-18T09:00", "Europe/Berlin", "alice"),
                List.of(view.start(), view.localStart(), view.timeZone(), view.owner()));
        assertTrue(view.hasPasscode());
        assertEquals(1, resource.list(null, null, null, request).total());
        assertEquals(view, resource.get(view.id(), request));
        assertEquals(List.of(new Bodies.OccurrenceView("2027-03-25T09:00+01:00", "2027-03-25T09:45+01:00"),
                new Bodies.OccurrenceView("2027-04-01T09:00+02:00", "2027-04-01T09:45+02:00")),
                resource.occurrences(view.id(), "2027-03-20T00:00:00Z", null, request));
        Bodies.InvitationView invitation = resource.invitation(view.id(), request);
        assertEquals(List.of("/m/" + view.id(), view.numericId(), "135790"),
                List.of(invitation.link(), invitation.numericId(), invitation.passcode()));
        Response ics = resource.calendar(view.id(), request);
        assertEquals("text/calendar;charset=utf-8", ics.getMediaType().toString());
        assertEquals("attachment; filename=\"meeting-" + view.numericId() + ".ics\"",
                ics.getHeaderString("Content-Disposition"));
        assertTrue(((String) ics.getEntity()).contains("\r\nDTSTART;TZID=Europe/Berlin:20270318T090000\r\n"));
        assertTrue(((String) ics.getEntity()).contains("\r\nDTSTAMP:20270301T090000Z\r\n"), "the appliance Clock");
        assertEquals(204, resource.delete(view.id(), request).getStatus());
        refused(404, () -> resource.get(view.id(), request));
    }

    @Test
    void badParametersAndBodiesAreProblemsNamingTheParameter() {
        Bodies.MeetingView view = create();
        assertEquals("size", refused(422, () -> resource.list(null, "0", null, request)).field());
        assertEquals("size", refused(422, () -> resource.list(null, "101", null, request)).field());
        assertEquals("page", refused(422, () -> resource.list("-1", null, null, request)).field());
        assertEquals("all", refused(422, () -> resource.list(null, null, "yes", request)).field());
        refused(403, () -> resource.list(null, null, "true", request));
        assertEquals("from", refused(422, () -> resource.occurrences(view.id(), "yesterday", null, request))
                .field());
        refused(400, () -> resource.create(null, request));
        refused(400, () -> resource.change(view.id(), null, request));
        assertNull(refused(404, () -> resource.get("not-an-id", request)).field());
    }
}
