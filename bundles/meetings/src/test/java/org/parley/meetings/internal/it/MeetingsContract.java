package org.parley.meetings.internal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.parley.api.Caller;
import org.parley.api.rest.ProblemException;
import org.parley.audit.api.AuditEvent;
import org.parley.meetings.internal.MeetingChange;
import org.parley.meetings.internal.model.Meeting;
import org.parley.meetings.internal.model.MeetingOptions;
import org.parley.meetings.internal.model.MeetingPolicy;
import org.parley.meetings.internal.model.Occurrence;

/** The meetings service's behaviour, run on each database by a subclass. */
abstract class MeetingsContract extends MeetingsFixture {

    static final String CLIENT = "192.0.2.7";
    static final Caller ALICE = host("acc-alice", "alice");
    static final Caller BOB = host("acc-bob", "bob");
    static final Caller ADMIN = new Caller("acc-root", "local", "root", Set.of("admin"), Set.of("*"), "session");

    private static Caller host(String id, String name) {
        return new Caller(id, "local", name, Set.of("host"), Set.of("meetings:*"), "session");
    }

    private static MeetingChange meeting(String title, String start, String recurrence, String passcode) {
        return new MeetingChange(title, start, 60, "Europe/Berlin", recurrence, passcode, null, null, null, null,
                null, null);
    }

    private static MeetingChange patch(Integer minutes, String recurrence, String passcode, Boolean guests,
            Integer max) {
        return new MeetingChange(null, null, minutes, null, recurrence, passcode, null, guests, null, null, max, null);
    }

    private static ProblemException refused(int status, Executable action) {
        ProblemException e = assertThrows(ProblemException.class, action);
        assertEquals(status, e.status(), e.getMessage());
        return e;
    }

    private Meeting create(Caller caller, String title) {
        return meetings.create(caller, CLIENT, meeting(title, "2027-03-18T09:00:00+01:00", null, null));
    }

    private String storedPasscode(String id) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT passcode FROM meetings_meeting WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                return rows.getString(1);
            }
        }
    }

    @Test
    void createStoresTheMeetingWithAnEncryptedPasscodeAndAuditsWithoutTheTitle() throws Exception {
        Meeting created = meetings.create(ALICE, CLIENT, meeting("Board: secret merger", "2027-03-18T09:00:00+01:00",
                "FREQ=WEEKLY;BYDAY=TH;COUNT=10", "13572468"));
        assertTrue(Long.toString(created.numericId()).matches("[1-9][0-9]{9}"));
        Meeting read = meetings.get(ALICE, created.id());
        assertEquals(created, read);
        assertEquals("FREQ=WEEKLY;BYDAY=TH;COUNT=10", read.schedule().recurrence().toRule());
        assertEquals(new MeetingOptions(true, true, false, false, 100, false),
                read.options(), "the policy's defaults");
        String stored = storedPasscode(created.id());
        assertFalse(stored.contains("13572468"));
        assertTrue(passcodes.matches(created.id(), stored, "13572468"));
        AuditEvent event = audit.of("meeting.create").get(0);
        assertEquals(List.of("alice", CLIENT, created.id()), List.of(event.actor(), event.clientAddress(),
                event.target()));
        assertFalse(event.details().toString().contains("merger"), "the title is never audited");
        assertFalse(event.details().toString().contains("13572468"));
    }

    @Test
    void othersGetNotFoundExactlyLikeAnUnknownIdAndAdminsSeeEverything() {
        Meeting alices = create(ALICE, "Alice's");
        ProblemException unknown = refused(404, () -> meetings.get(BOB, "AAAAAAAAAAAAAAAAAAAAAA"));
        for (Executable action : List.<Executable>of(() -> meetings.get(BOB, alices.id()),
                () -> meetings.update(BOB, CLIENT, alices.id(), patch(30, null, null, null, null)),
                () -> meetings.delete(BOB, CLIENT, alices.id()), () -> meetings.invitation(BOB, alices.id()),
                () -> meetings.occurrences(BOB, alices.id(), null, null), () -> meetings.get(BOB, "../etc"))) {
            ProblemException e = refused(404, action);
            assertEquals(List.of(unknown.title(), unknown.detail()), List.of(e.title(), e.detail()));
        }
        assertEquals(60, meetings.get(ALICE, alices.id()).schedule().duration().toMinutes(), "bob changed nothing");
        create(BOB, "Bob's");
        assertEquals(List.of("Bob's"), meetings.list(BOB, false, 0, 20).items().stream().map(Meeting::title).toList());
        refused(403, () -> meetings.list(BOB, true, 0, 20));
        assertEquals(2, meetings.list(ADMIN, true, 0, 20).total());
        assertEquals(0, meetings.list(ADMIN, false, 0, 20).total(), "without all=true an admin sees their own");
        assertEquals("Alice's", meetings.get(ADMIN, alices.id()).title());
        assertNull(audit.events.stream().filter(e -> e.actor().equals("bob") && !e.action().equals("meeting.create"))
                .findAny().orElse(null), "refused changes leave no record of success");
    }

    @Test
    void listIsPagedInStartOrder() {
        for (int day = 5; day >= 1; day--) {
            meetings.create(ALICE, CLIENT, meeting("day " + day, "2027-04-0" + day + "T10:00:00Z", null, null));
        }
        var first = meetings.list(ALICE, false, 0, 2);
        assertEquals(List.of("day 1", "day 2"), first.items().stream().map(Meeting::title).toList());
        assertEquals(5, first.total());
        assertEquals(List.of("day 5"), meetings.list(ALICE, false, 2, 2).items().stream().map(Meeting::title)
                .toList());
    }

    @Test
    void editChangesOnlyTheFieldsSentAndAuditsTheirNames() throws Exception {
        Meeting created = meetings.create(ALICE, CLIENT, meeting("Sync", "2027-03-18T09:00:00+01:00",
                "FREQ=DAILY", "246810"));
        now.set(Instant.parse("2027-03-02T09:00:00Z"));
        Meeting changed = meetings.update(ALICE, CLIENT, created.id(), patch(30, "", "", null, 8));
        assertEquals(30, changed.schedule().duration().toMinutes());
        assertNull(changed.schedule().recurrence());
        assertNull(storedPasscode(created.id()));
        assertEquals(8, changed.options().maxParticipants());
        assertEquals("Sync", changed.title());
        assertEquals(Instant.parse("2027-03-02T09:00:00Z"), meetings.get(ALICE, created.id()).updatedAt());
        assertEquals("durationMinutes,recurrence,passcode,maxParticipants",
                audit.of("meeting.update").get(0).details().get("fields"));

        assertEquals("recurrence", refused(422, () -> meetings.update(ALICE, CLIENT, created.id(),
                patch(null, "FREQ=WEEKLY;BYDAY=MO", null, null, null))).field(), "a Thursday meeting on Mondays");
        assertEquals(changed, meetings.get(ALICE, created.id()), "a refused edit changes nothing");
    }

    @Test
    void badFieldsAreRefusedNamingTheField() {
        record Case(String field, MeetingChange change) {
        }
        for (Case c : List.of(
                new Case("title", meeting(null, "2027-03-18T09:00:00+01:00", null, null)),
                new Case("title", meeting("two\nlines", "2027-03-18T09:00:00+01:00", null, null)),
                new Case("title", meeting("x".repeat(201), "2027-03-18T09:00:00+01:00", null, null)),
                new Case("start", meeting("t", "2027-03-18 09:00", null, null)),
                new Case("start", meeting("t", null, null, null)),
                new Case("passcode", meeting("t", "2027-03-18T09:00:00+01:00", null, "12345")),
                new Case("passcode", meeting("t", "2027-03-18T09:00:00+01:00", null, "12345678901")),
                new Case("passcode", meeting("t", "2027-03-18T09:00:00+01:00", null, "abcdef")),
                new Case("recurrence", meeting("t", "2027-03-18T09:00:00+01:00", "FREQ=HOURLY", null)),
                new Case("timeZone", new MeetingChange("t", "2027-03-18T09:00:00+01:00", 60, "Mars/Olympus", null,
                        null, null, null, null, null, null, null)),
                new Case("timeZone", new MeetingChange("t", "2027-03-18T09:00:00+01:00", 60, "+01:00", null,
                        null, null, null, null, null, null, null)),
                new Case("durationMinutes", new MeetingChange("t", "2027-03-18T09:00:00+01:00", 0, "UTC", null,
                        null, null, null, null, null, null, null)))) {
            assertEquals(c.field(), refused(422, () -> meetings.create(ALICE, CLIENT, c.change())).field(),
                    c.toString());
        }
        assertEquals(0, meetings.list(ALICE, false, 0, 20).total());
    }

    @Test
    void policyIsEnforcedOnCreateAndOnEdit() {
        Meeting open = create(ALICE, "Open");
        policy.set(new MeetingPolicy(true, false, false, 50));
        assertEquals("passcode", refused(422, () -> create(ALICE, "No code")).field());
        Meeting strict = meetings.create(ALICE, CLIENT, meeting("Coded", "2027-03-18T09:00:00+01:00", null,
                "123456"));
        assertEquals(new MeetingOptions(false, false, false, false, 50, false),
                strict.options(), "the new policy's defaults");
        assertEquals("passcode", refused(422, () -> meetings.update(ALICE, CLIENT, open.id(),
                patch(30, null, null, null, null))).field(), "an edit must bring the meeting within policy");
        assertEquals("passcode", refused(422, () -> meetings.update(ALICE, CLIENT, strict.id(),
                patch(null, null, "", null, null))).field());
        assertEquals("guestsAllowed", refused(422, () -> meetings.update(ALICE, CLIENT, strict.id(),
                patch(null, null, null, true, null))).field());
        assertEquals("maxParticipants", refused(422, () -> meetings.update(ALICE, CLIENT, strict.id(),
                patch(null, null, null, null, 51))).field());
        assertEquals(50, meetings.update(ALICE, CLIENT, strict.id(), patch(null, null, null, null, 50)).options()
                .maxParticipants());
    }

    @Test
    void invitationShowsThePasscodeToTheOwnerOnly() {
        Meeting created = meetings.create(ALICE, CLIENT, meeting("Coded", "2027-03-18T09:00:00+01:00", null,
                "0012345678"));
        assertEquals("0012345678", meetings.invitation(ALICE, created.id()).passcode());
        assertNull(meetings.invitation(ADMIN, created.id()).passcode());
        assertEquals("/m/" + created.id(), meetings.invitation(ALICE, created.id()).meeting().linkPath());
    }

    @Test
    void occurrencesFollowTheLocalTimeAcrossDaylightSavingAndTheWindowIsChecked() {
        Meeting weekly = meetings.create(ALICE, CLIENT, meeting("Weekly", "2027-03-18T09:00:00+01:00",
                "FREQ=WEEKLY", null));
        List<Occurrence> found = meetings.occurrences(ALICE, weekly.id(), null, Instant.parse("2027-04-02T00:00:00Z"));
        assertEquals(List.of("2027-03-18T08:00:00Z", "2027-03-25T08:00:00Z", "2027-04-01T07:00:00Z"),
                found.stream().map(o -> o.start().toInstant().toString()).toList());
        assertEquals(500, meetings.occurrences(ALICE, weekly.id(), null, Instant.parse("2040-01-01T00:00:00Z"))
                .size());
        assertEquals("to", refused(422, () -> meetings.occurrences(ALICE, weekly.id(),
                Instant.parse("2027-04-01T00:00:00Z"), Instant.parse("2027-03-01T00:00:00Z"))).field());
        assertEquals("to", refused(422, () -> meetings.occurrences(ALICE, weekly.id(), null,
                Instant.parse("9999-01-01T00:00:00Z"))).field());
    }

    @Test
    void deleteRemovesAndAuditsAndNothingChangesWhenAuditIsDown() {
        Meeting kept = create(ALICE, "Kept");
        audit.failing = true;
        refused(503, () -> create(ALICE, "Unaudited"));
        refused(503, () -> meetings.update(ALICE, CLIENT, kept.id(), patch(15, null, null, null, null)));
        refused(503, () -> meetings.delete(ALICE, CLIENT, kept.id()));
        assertEquals(kept, meetings.get(ALICE, kept.id()));
        assertEquals(1, meetings.list(ALICE, false, 0, 20).total());
        audit.failing = false;
        meetings.delete(ALICE, CLIENT, kept.id());
        refused(404, () -> meetings.get(ALICE, kept.id()));
        assertEquals(kept.id(), audit.of("meeting.delete").get(0).target());
    }
}
