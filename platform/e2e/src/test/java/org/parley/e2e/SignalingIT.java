package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The signaling protocol over the real {@code /ws} of the booted appliance, as a hostile client would use it: foreign
 * or missing {@code Origin}, messages before {@code join}, schema errors of every kind, a frame over the limit, a
 * flood, and a join that never comes. Limits are read from the settings of {@code org.parley.signaling.Limits}; the
 * rate limit and the join timeout run on the test clock, which stands still unless a test moves it.
 */
class SignalingIT extends MeetingTestSupport {

    private static final String LIMITS = "org.parley.signaling.Limits";

    private static Map<String, String> limits;

    @BeforeAll
    static void limits(Appliance parley) {
        limits = Accounts.settings(parley, LIMITS);
    }

    @Test
    void upgradeOnlyFromTheAppliancesOwnOrigin(Appliance parley) {
        assertEquals(101, Signal.upgradeStatus(parley, Signal.origin(parley)));
        for (String origin : List.of("https://evil.example", "https://127.0.0.1:" + (parley.httpsPort() + 1),
                "http://127.0.0.1:" + parley.httpsPort(), "null")) {
            assertEquals(403, Signal.upgradeStatus(parley, origin), "Origin " + origin);
        }
        assertEquals(403, Signal.upgradeStatus(parley, null), "no Origin at all");
        Reply plain = parley.api().get("/ws");
        assertEquals(426, plain.status(), plain::toString);
        assertEquals("websocket", plain.header("Upgrade"), plain::toString);
    }

    @Test
    void nothingButJoinBeforeJoinAndJoinOnlyOnce(Appliance parley) {
        MeetingFixture.Ticket guest = people.guestJoins(people.createOpen("First message"), "Gina");
        try (Signal signal = Signal.open(parley)) {
            signal.send("ping", "id", "p1");
            assertEquals("p1", signal.error("not-joined").path("ref").asText());
            signal.send("chat", "text", "hello");
            signal.error("not-joined");
            signal.send("join", "token", guest.token());
            assertEquals(guest.participant(), signal.next("welcome").path("you").path("id").asText());
            signal.send("join", "token", guest.token(), "id", "j2");
            JsonNode again = signal.error("invalid");
            assertEquals("j2", again.path("ref").asText());
            assertTrue(signal.flush().isEmpty(), "still attached");
        }
    }

    /** A frame a client should not send, the {@code ref} its error must echo and how the error's message starts. */
    private record BadFrame(String frame, String ref, String says) {
    }

    @Test
    void badMessagesGetAnErrorNamingTheFieldAndTheConnectionLivesOn(Appliance parley) {
        String tooLong = "SECRET-2" + "x".repeat(1993);
        List<BadFrame> cases = List.of(
                new BadFrame("{\"v\":1,\"type\":\"chat\",\"text\":", "", "not valid JSON"),
                new BadFrame("[1,2]", "", "a message must be one JSON object"),
                new BadFrame("{\"v\":2,\"type\":\"ping\",\"id\":\"b1\"}", "b1", "v: must be 1"),
                new BadFrame("{\"v\":\"1\",\"type\":\"ping\",\"id\":\"b2\"}", "b2", "v: must be 1"),
                new BadFrame("{\"v\":1,\"type\":\"shout\",\"id\":\"b3\"}", "b3", "type: unknown message type"),
                new BadFrame("{\"v\":1,\"type\":\"ice\",\"id\":\"b4\"}", "b4", "type: \"ice\" is reserved"),
                new BadFrame("{\"v\":1,\"type\":\"hand\",\"raised\":true,\"extra\":\"SECRET-1\",\"id\":\"b5\"}",
                        "b5", "hand.extra: unknown field"),
                new BadFrame("{\"v\":1,\"type\":\"hand\",\"raised\":1,\"id\":\"b6\"}", "b6", "hand.raised: "),
                new BadFrame("{\"v\":1,\"type\":\"chat\",\"text\":null,\"id\":\"b7\"}", "b7", "chat.text: "),
                new BadFrame("{\"v\":1,\"type\":\"chat\",\"text\":\"" + tooLong + "\",\"id\":\"b8\"}", "b8",
                        "chat.text: must be 1 to 2000 characters long (is 2001)"),
                new BadFrame("{\"v\":1,\"type\":\"hand\",\"raised\":true,\"raised\":false}", "", "not valid JSON"));
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            Signal guest = room.guest.signal();
            for (BadFrame bad : cases) {
                guest.sendRaw(bad.frame());
                JsonNode error = guest.error("invalid");
                assertTrue(error.path("message").asText().startsWith(bad.says()), bad.frame() + " → " + error);
                assertFalse(error.toString().contains("SECRET"), "the error never repeats what was sent: " + error);
                assertEquals(bad.ref(), error.path("ref").asText(""), error::toString);
                assertTrue(guest.flush().isEmpty(), "the connection answers ping after " + bad.frame());
            }
            guest.sendBinary(new byte[] {1, 2, 3});
            guest.error("invalid");
            assertTrue(guest.flush().isEmpty());
            assertTrue(room.host.signal().flush().isEmpty(), "nothing of it reached the others");
        }
    }

    @Test
    void aFrameOverTheLimitCloses1009AndCountsAsADrop(Appliance parley) {
        int limit = Integer.parseInt(limits.get("maxFrameBytes"));
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            room.guest.signal().sendRaw("{\"v\":1,\"type\":\"chat\",\"text\":\"" + "x".repeat(limit) + "\"}");
            assertEquals(1009, room.guest.signal().closed().code(), room.guest.signal()::toString);
            JsonNode dropped = room.host.signal().next("updated").path("participant");
            assertEquals(room.guest.id(), dropped.path("id").asText());
            assertFalse(dropped.path("connected").asBoolean(), dropped::toString);
            try (Signal back = Signal.join(parley, room.guest.ticket().token())) {
                assertEquals(room.guest.id(), back.next("welcome").path("you").path("id").asText(),
                        "the place is kept as for any dropped connection");
            }
        }
    }

    @Test
    void aFloodGetsTooManyThenIsClosed4008(Appliance parley) {
        int burst = Integer.parseInt(limits.get("burst"));
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            Signal guest = room.guest.signal();
            int pongs = 0;
            int refusals = 0;
            // One ping at a time, each answer read before the next, so no answer is lost to the close.
            for (JsonNode answer = ping(guest); answer != null; answer = ping(guest)) {
                if ("pong".equals(answer.path("type").asText())) {
                    pongs++;
                } else {
                    assertEquals("too-many", answer.path("code").asText(), answer::toString);
                    refusals++;
                }
            }
            guest.closedWith(4008, "too many messages");
            // The clock stands still, so the bucket never refills: the burst (less the join) passes, then 99 refusals
            // and the 100th refusal in a row closes.
            assertEquals(burst - 1, pongs, guest::toString);
            assertEquals(99, refusals, guest::toString);
            JsonNode dropped = room.host.signal().next("updated").path("participant");
            assertFalse(dropped.path("connected").asBoolean(), "a flood counts as a drop: " + dropped);
        }
    }

    private static JsonNode ping(Signal signal) {
        if (signal.isClosed()) {
            return null;
        }
        signal.send("ping");
        return signal.nextUnlessClosed();
    }

    @Test
    void aJoinThatDoesNotComeInTimeCloses4005OnTheClock(Appliance parley) {
        long timeout = Long.parseLong(limits.get("joinTimeoutSeconds"));
        MeetingFixture.Ticket guest = people.guestJoins(people.createOpen("Slow joiner"), "Gina");
        try (Signal late = Signal.open(parley)) {
            Accounts.advance(parley, timeout - 1);
            try (Signal later = Signal.open(parley)) {
                Accounts.advance(parley, 1);
                late.closedWith(4005, "no join message came in time; join again");
                later.send("ping");
                later.error("not-joined");
                later.send("join", "token", guest.token());
                later.next("welcome");
            }
        }
    }
}
