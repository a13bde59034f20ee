package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Join-token misuse over the real {@code /ws}: an expired token (on the test clock), a token of one meeting aimed at
 * another, a token altered by one byte, {@code alg: none}, and tokens of a participant who left or was removed. Each
 * refusal closes the connection with 4005 and a sentence for the person; the token that was not tampered with still
 * works afterwards, so each refusal is about the token and not the seat.
 */
class JoinTokenIT extends MeetingTestSupport {

    static final String NOT_VALID = "the join token is not valid any more; join again";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Attaches with the token and expects the refusal: close 4005 with this reason, and no message before it. */
    static void assertRefused(Appliance parley, String token, String reason) {
        try (Signal signal = Signal.join(parley, token)) {
            signal.closedWith(4005, reason);
            assertTrue(signal.types().isEmpty(), "nothing about the meeting before the close: " + signal);
        }
    }

    @Test
    void anExpiredTokenCloses4005SayingSo(Appliance parley) {
        MeetingFixture.Ticket guest = people.guestJoins(people.createOpen("Expiry " + UUID.randomUUID()), "Gina");
        Accounts.advance(parley, 11 * 60);
        assertRefused(parley, guest.token(), "the join token expired; join again");
    }

    @Test
    void aTokenOpensOnlyItsOwnMeetingAndCannotBeRepointed(Appliance parley) {
        String meetingA = people.createOpen("A " + UUID.randomUUID());
        String meetingB = people.createOpen("B " + UUID.randomUUID());
        MeetingFixture.Ticket inA = people.guestJoins(meetingA, "Gina");
        MeetingFixture.Ticket inB = people.guestJoins(meetingB, "Bert");
        String[] a = inA.token().split("\\.");
        String[] b = inB.token().split("\\.");
        String repointed = payload(a).replace("\"mid\":\"" + meetingA + "\"", "\"mid\":\"" + meetingB + "\"");
        assertRefused(parley, a[0] + "." + encode(repointed) + "." + a[2], NOT_VALID);
        assertRefused(parley, a[0] + "." + b[1] + "." + a[2], NOT_VALID);
        try (Signal signal = Signal.join(parley, inA.token())) {
            JsonNode welcome = signal.next("welcome");
            assertEquals(meetingA, welcome.path("meeting").path("id").asText());
            assertEquals(List.of("Gina"), welcome.path("roster").findValuesAsText("name"), "only A's people");
        }
    }

    @Test
    void aTokenAlteredByOneByteCloses4005(Appliance parley) {
        MeetingFixture.Ticket guest = people.guestJoins(people.createOpen("Altered " + UUID.randomUUID()), "Gina");
        String[] parts = guest.token().split("\\.");
        byte[] payload = DECODER.decode(parts[1]);
        payload[payload.length - 3] ^= 1;
        assertRefused(parley, parts[0] + "." + ENCODER.encodeToString(payload) + "." + parts[2], NOT_VALID);
        byte[] signature = DECODER.decode(parts[2]);
        signature[0] ^= 1;
        assertRefused(parley, parts[0] + "." + parts[1] + "." + ENCODER.encodeToString(signature), NOT_VALID);
        assertRefused(parley, parts[0] + "." + parts[1] + ".", NOT_VALID);
        assertRefused(parley, "not-a-token", NOT_VALID);
        try (Signal signal = Signal.welcomed(parley, guest.token())) {
            assertTrue(signal.flush().isEmpty(), "the untouched token still works");
        }
    }

    @Test
    void algNoneAndOtherHeadersAreRefused(Appliance parley) {
        MeetingFixture.Ticket guest = people.guestJoins(people.createOpen("Alg " + UUID.randomUUID()), "Gina");
        String[] parts = guest.token().split("\\.");
        for (String header : List.of("{\"alg\":\"none\",\"typ\":\"JWT\"}", "{\"alg\":\"HS512\",\"typ\":\"JWT\"}",
                "{\"typ\":\"JWT\",\"alg\":\"HS256\"}", "{\"alg\": \"HS256\", \"typ\": \"JWT\"}")) {
            assertRefused(parley, encode(header) + "." + parts[1] + ".", NOT_VALID);
            assertRefused(parley, encode(header) + "." + parts[1] + "." + parts[2], NOT_VALID);
        }
        Signal.welcomed(parley, guest.token()).close();
    }

    @Test
    void afterLeaveTheTokenIsDead(Appliance parley) {
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            room.guest.signal().send("leave");
            room.guest.signal().closedWith(4000, "left the meeting");
            JsonNode left = room.host.signal().next("left");
            assertEquals(room.guest.id(), left.path("participant").asText());
            assertEquals("left", left.path("reason").asText());
            assertRefused(parley, room.guest.ticket().token(), NOT_VALID);
            assertTrue(people.audit(room.meeting).stream().anyMatch(r -> "meeting.leave".equals(r.path("action")
                    .asText()) && room.guest.id().equals(r.path("details").path("participant").asText())
                    && "left".equals(r.path("details").path("reason").asText())
                    && room.guest.address().equals(r.path("clientAddress").asText())), "leave audited");
        }
    }

    @Test
    void afterRemovalTheTokenIsDead(Appliance parley) {
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            room.host.signal().send("remove", "participant", room.guest.id());
            room.guest.signal().closedWith(4002, "removed from the meeting by a host");
            assertRefused(parley, room.guest.ticket().token(), NOT_VALID);
            assertEquals("admitted", people.guestJoins(room.meeting, "Gina", room.guest.address()).state(),
                    "removed without a block: a new join is allowed, with a new token");
        }
    }

    private static String payload(String[] parts) {
        return new String(DECODER.decode(parts[1]), StandardCharsets.US_ASCII);
    }

    private static String encode(String text) {
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
