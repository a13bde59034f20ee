package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/meetings/{id}/join} over real HTTPS: staff and guests, one answer for an unknown meeting and a
 * missing or wrong passcode, passcode guessing throttled per address and per meeting (windows on the test clock),
 * members only, locked, full, bad names, and the audit of it all without title or passcode. Each guesser has a
 * client address of its own, so the shared appliance stays open for everyone else.
 */
class JoinIT extends MeetingTestSupport {

    private static final String PASSCODE = "48213977";
    private static final long WINDOW_SECONDS = 600;

    @Test
    void staffJoinUnderTheirUserNameAndGuestsUnderTheNameTheyGive(Appliance parley) {
        String title = "Ward round " + UUID.randomUUID();
        String meeting = people.createOpen(title);
        MeetingFixture.Ticket host = people.hostJoins(meeting);
        MeetingFixture.Ticket member = people.memberJoins(meeting);
        MeetingFixture.Ticket guest = people.guestJoins(meeting, "Gina");
        for (MeetingFixture.Ticket ticket : List.of(host, member, guest)) {
            assertEquals("admitted", ticket.state(), ticket.body()::toString);
            assertEquals(meeting, ticket.body().path("meeting").path("id").asText());
            assertEquals(3, ticket.token().split("\\.").length, "header.payload.signature");
            assertFalse(ticket.body().toString().contains(title), "no title before the welcome: " + ticket.body());
        }
        try (Signal hostSignal = Signal.join(parley, host.token());
                Signal memberSignal = Signal.join(parley, member.token());
                Signal guestSignal = Signal.join(parley, guest.token())) {
            assertParticipant(hostSignal.next("welcome").path("you"), people.hostName(), true, "host");
            JsonNode welcome = memberSignal.next("welcome");
            assertParticipant(welcome.path("you"), people.memberName(), true, "participant");
            assertEquals(title, welcome.path("meeting").path("title").asText());
            assertParticipant(guestSignal.next("welcome").path("you"), "Gina", false, "participant");
        }
        Reply nameless = MeetingFixture.join(parley.api(), meeting, "{}", MeetingFixture.newAddress());
        assertEquals("name", problem(nameless, 422).path("field").asText(), "a guest must give a name");
    }

    @Test
    void aSessionCookieWithoutItsCsrfTokenJoinsAsAGuest(Appliance parley) {
        String meeting = people.createOpen("Cookie only " + UUID.randomUUID());
        Api cookieOnly = people.memberCookieOnly();
        Reply nameless = MeetingFixture.join(cookieOnly, meeting, "{}", MeetingFixture.newAddress());
        assertEquals("name", problem(nameless, 422).path("field").asText(), "no CSRF token, no staff: " + nameless);
        MeetingFixture.Ticket ticket = MeetingFixture.Ticket.of(MeetingFixture.join(cookieOnly, meeting,
                "{\"name\": \"Forged\"}", MeetingFixture.newAddress()));
        try (Signal signal = Signal.join(parley, ticket.token())) {
            JsonNode you = signal.next("welcome").path("you");
            assertParticipant(you, "Forged", false, "participant");
        }
    }

    @Test
    void unknownMeetingMissingAndWrongPasscodeGetTheSameAnswer(Appliance parley) {
        String meeting = people.create("Passcode " + UUID.randomUUID(), "\"passcode\": \"" + PASSCODE + "\", "
                + "\"waitingRoom\": false");
        String address = MeetingFixture.newAddress();
        Reply unknown = MeetingFixture.join(parley.api(), unknownId(), "{\"name\": \"Gina\"}", address);
        Reply missing = MeetingFixture.join(parley.api(), meeting, "{\"name\": \"Gina\"}", address);
        Reply wrong = MeetingFixture.join(parley.api(), meeting, "{\"name\": \"Gina\", \"passcode\": \"11111111\"}",
                address);
        JsonNode expected = problem(unknown, 404);
        assertEquals("not-found-or-passcode", expected.path("code").asText(), unknown::toString);
        assertEquals(expected, problem(missing, 404), "missing passcode: " + missing);
        assertEquals(expected, problem(wrong, 404), "wrong passcode: " + wrong);
        assertEquals(unknown.header("Content-Type"), wrong.header("Content-Type"));
        assertFalse(wrong.body().contains(meeting), "the answer does not confirm the id: " + wrong.body());
        Reply right = MeetingFixture.join(parley.api(), meeting, "{\"name\": \"Gina\", \"passcode\": \""
                + PASSCODE + "\"}", address);
        assertEquals(200, right.status(), "three failures are within the limit: " + right);
        assertEquals(200, MeetingFixture.join(people.host(), meeting, "{}", address).status(),
                "the owner needs no passcode");
    }

    @Test
    void guessingIsThrottledPerAddressOnEveryMeetingUntilTheWindowPasses(Appliance parley) {
        String meeting = people.create("Throttle " + UUID.randomUUID(), "\"passcode\": \"" + PASSCODE + "\"");
        String other = people.createOpen("Other " + UUID.randomUUID());
        String guesser = MeetingFixture.newAddress();
        for (int guess = 0; guess < 5; guess++) {
            problem(guess(parley, meeting, "0000000" + guess, guesser), 404);
        }
        Reply throttled = guess(parley, meeting, PASSCODE, guesser);
        assertEquals("too-many", problem(throttled, 429).path("code").asText(), throttled::toString);
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= WINDOW_SECONDS, throttled::toString);
        assertEquals(429, guess(parley, other, "", guesser).status(), "another meeting, from the same address");
        assertEquals(429, guess(parley, unknownId(), "", guesser).status(), "an unknown id, from the same address");
        assertEquals(200, guess(parley, meeting, PASSCODE, MeetingFixture.newAddress()).status(),
                "another address is not throttled");

        Accounts.advance(parley, retryAfter);
        assertEquals(200, guess(parley, meeting, PASSCODE, guesser).status(), "after Retry-After seconds of clock");
        List<JsonNode> audit = people.audit(meeting);
        assertEquals(5, count(audit, "meeting.passcode.refused", guesser), audit::toString);
        assertEquals(1, count(audit, "meeting.passcode.throttled", guesser), audit::toString);
    }

    @Test
    void guessingIsThrottledPerMeetingWhateverTheAddress(Appliance parley) {
        String meeting = people.create("Spread guessing " + UUID.randomUUID(), "\"passcode\": \"" + PASSCODE + "\"");
        for (int address = 0; address < 5; address++) {
            String from = MeetingFixture.newAddress();
            for (int guess = 0; guess < 4; guess++) {
                problem(guess(parley, meeting, "9" + address + "00000" + guess, from), 404);
            }
        }
        Reply throttled = guess(parley, meeting, PASSCODE, MeetingFixture.newAddress());
        assertEquals(429, throttled.status(), "20 wrong passcodes from 5 addresses close the meeting to guesses: "
                + throttled);
        assertTrue(throttled.header("Retry-After") != null, throttled::toString);
        assertEquals(200, guest(parley, people.createOpen("Elsewhere " + UUID.randomUUID())).status(),
                "other meetings stay open");
        Accounts.advance(parley, Long.parseLong(throttled.header("Retry-After")));
        assertEquals(200, guess(parley, meeting, PASSCODE, MeetingFixture.newAddress()).status());
    }

    @Test
    void membersOnlyLockedAndFullMeetingsRefuseWithTheirCode(Appliance parley) {
        String membersOnly = people.create("Members " + UUID.randomUUID(), "\"guestsAllowed\": false, "
                + "\"joinBeforeHost\": true");
        assertEquals("sign-in-required", problem(guest(parley, membersOnly), 403).path("code").asText());
        assertEquals("admitted", people.memberJoins(membersOnly).state(), "staff may join");

        String locked = people.create("Locked " + UUID.randomUUID(), "\"locked\": true, \"waitingRoom\": false");
        assertEquals("locked", problem(guest(parley, locked), 403).path("code").asText());
        assertEquals("locked", problem(MeetingFixture.join(people.member(), locked, "{}", null), 403)
                .path("code").asText());
        assertEquals("admitted", people.hostJoins(locked).state(), "the owner comes in all the same");

        String full = people.create("Full " + UUID.randomUUID(), "\"maxParticipants\": 2, \"waitingRoom\": false");
        people.hostJoins(full);
        people.guestJoins(full, "First");
        assertEquals("full", problem(guest(parley, full), 403).path("code").asText(), "seats count once reserved");
        assertEquals("full", problem(MeetingFixture.join(people.member(), full, "{}", null), 403).path("code")
                .asText());

        assertDenied(membersOnly, "sign-in-required");
        assertDenied(locked, "locked");
        assertDenied(full, "full");
    }

    @Test
    void badGuestNamesAre422NamingTheField(Appliance parley) {
        String meeting = people.createOpen("Names " + UUID.randomUUID());
        for (String name : List.of("", "   ", "x".repeat(65), "Gi\u0000na", "Gi\nna", "Gi\u202Ena")) {
            Reply refused = MeetingFixture.join(parley.api(), meeting, "{\"name\": " + json(name) + "}",
                    MeetingFixture.newAddress());
            assertEquals("name", problem(refused, 422).path("field").asText(), "name " + json(name) + ": " + refused);
        }
        assertEquals("admitted", people.guestJoins(meeting, "  " + "é".repeat(64) + "  ").state(),
                "64 characters after trimming");
    }

    @Test
    void joinsAreAuditedWithoutTitleOrPasscode(Appliance parley) {
        String title = "Secret oncology board " + UUID.randomUUID();
        String meeting = people.create(title, "\"passcode\": \"" + PASSCODE + "\", \"waitingRoom\": true");
        String address = MeetingFixture.newAddress();
        people.hostJoins(meeting);
        MeetingFixture.Ticket guest = MeetingFixture.Ticket.of(guess(parley, meeting, PASSCODE, address));
        guess(parley, meeting, "12345678", MeetingFixture.newAddress());

        List<JsonNode> audit = people.audit(meeting);
        JsonNode join = audit.stream().filter(r -> "meeting.join".equals(r.path("action").asText())
                && guest.participant().equals(r.path("details").path("participant").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no meeting.join of the guest in " + audit));
        assertEquals("guest", join.path("actor").asText());
        assertEquals(address, join.path("clientAddress").asText());
        assertEquals("waiting", join.path("details").path("state").asText(), join::toString);
        assertEquals("false", join.path("details").path("staff").asText(), join::toString);
        assertTrue(audit.stream().anyMatch(r -> "meeting.join".equals(r.path("action").asText())
                && people.hostName().equals(r.path("actor").asText())
                && "host".equals(r.path("details").path("role").asText())), audit::toString);
        assertEquals(1, audit.stream().filter(r -> "meeting.passcode.refused".equals(r.path("action").asText()))
                .count(), audit::toString);
        String all = audit.toString();
        assertFalse(all.contains(title), "no title in the audit");
        assertFalse(all.contains(PASSCODE) || all.contains("12345678"), "no passcode in the audit");
        assertFalse(all.contains(guest.token()) || all.contains("Gina"), "no token or guest name in the audit");
    }

    private static void assertDenied(String meeting, String code) {
        List<JsonNode> audit = people.audit(meeting);
        assertTrue(audit.stream().anyMatch(r -> "meeting.join".equals(r.path("action").asText())
                && "DENIED".equals(r.path("outcome").asText()) && code.equals(r.path("details").path("code")
                .asText())), "a denied join with code " + code + " in " + audit);
    }

    private static long count(List<JsonNode> audit, String action, String address) {
        return audit.stream().filter(r -> action.equals(r.path("action").asText())
                && address.equals(r.path("clientAddress").asText())).count();
    }

    private static Reply guess(Appliance parley, String meeting, String passcode, String address) {
        return MeetingFixture.join(parley.api(), meeting, "{\"name\": \"Gina\", \"passcode\": " + json(passcode)
                + "}", address);
    }

    private static Reply guest(Appliance parley, String meeting) {
        return MeetingFixture.join(parley.api(), meeting, "{\"name\": \"Gina\"}", MeetingFixture.newAddress());
    }

    /** A URL-shaped id (22 base64url characters) that no meeting has. */
    private static String unknownId() {
        byte[] bytes = new byte[16];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The problem document minus {@code instance} (the only part allowed to differ between requests). */
    private static JsonNode problem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply::toString);
        ObjectNode body = (ObjectNode) reply.json();
        body.remove("instance");
        return body;
    }

    private static void assertParticipant(JsonNode participant, String name, boolean staff, String role) {
        assertEquals(name, participant.path("name").asText(), participant::toString);
        assertEquals(staff, participant.path("staff").asBoolean(), participant::toString);
        assertEquals(role, participant.path("role").asText(), participant::toString);
    }

    private static String json(String text) {
        return new com.fasterxml.jackson.databind.node.TextNode(text).toString();
    }
}
