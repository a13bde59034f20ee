package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Chat, hands and media state over the real {@code /ws}: a private message reaches its addressee and its sender and
 * nobody else, text arrives exactly as sent (HTML included: the page shows it as text), one's own state reaches
 * everyone, chat is never audited, and titles, chat text and tokens never reach the logs.
 */
class ChatIT extends MeetingTestSupport {

    @Test
    void aPrivateMessageReachesOnlyTheAddresseeAndTheSender(Appliance parley) {
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            room.guest.signal().send("chat", "text", "only for you", "to", room.member.id());
            for (LiveRoom.Attendee reader : List.of(room.guest, room.member)) {
                JsonNode chat = reader.signal().next("chat");
                assertEquals(room.guest.id(), chat.path("from").asText(), chat::toString);
                assertEquals("Gina", chat.path("fromName").asText());
                assertEquals(room.member.id(), chat.path("to").asText());
                assertEquals("only for you", chat.path("text").asText());
            }
            room.guest.signal().send("chat", "text", "everyone");
            for (LiveRoom.Attendee reader : room.everyone()) {
                assertEquals("everyone", reader.signal().next("chat").path("text").asText());
            }
            assertEquals(1, room.host.signal().received("chat").size(), "the host saw only the public message: "
                    + room.host.signal());
            room.guest.signal().send("chat", "text", "to nobody", "to", "no-such-participant", "id", "c9");
            assertEquals("c9", room.guest.signal().error("not-found").path("ref").asText());
        }
    }

    @Test
    void htmlArrivesVerbatimAsTextAndChatIsNeverAudited(Appliance parley) {
        String html = "<b>bold</b> <img src=x onerror=alert(1)> <script>alert('x')</script> &amp; \"quoted\"\nline";
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            room.member.signal().send("chat", "text", html);
            for (LiveRoom.Attendee reader : room.everyone()) {
                JsonNode chat = reader.signal().next("chat");
                assertEquals(html, chat.path("text").asText(), "verbatim, not escaped nor stripped");
                assertTrue(chat.path("to").isNull(), chat::toString);
                assertEquals(room.member.id(), chat.path("from").asText());
            }
            assertTrue(people.audit(room.meeting).stream().noneMatch(r -> r.toString().contains("bold")),
                    "chat text is never audited");
        }
    }

    @Test
    void titlesChatTextAndTokensNeverReachTheLogs(Appliance parley) throws Exception {
        String secret = "Psychiatry note " + UUID.randomUUID();
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            room.member.signal().send("chat", "text", secret);
            room.guest.signal().next("chat");
            room.host.signal().send("lock", "locked", true);
            room.host.signal().send("remove", "participant", room.guest.id());
            room.guest.signal().closedWith(4002, "removed from the meeting by a host");
            Await.until("the guest's connection is logged (by participant id)", Duration.ofSeconds(10),
                    () -> parley.log().contains(room.guest.id()));
            String logs = parley.log() + "\n" + Files.readString(parley.consoleLog());
            for (String sensitive : List.of(room.title, secret, room.guest.ticket().token())) {
                assertFalse(logs.contains(sensitive), "the logs must not hold " + sensitive);
            }
        }
    }

    @Test
    void chatLengthCountsCharactersNotUtf16Units(Appliance parley) {
        String longest = "\uD83D\uDE00".repeat(2000);
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            room.guest.signal().send("chat", "text", longest, "id", "emoji");
            List<JsonNode> echo = room.guest.signal().flush();
            assertEquals(1, echo.size(), () -> "2000 emoji are 2000 characters (4000 UTF-16 units): " + echo);
            assertEquals(longest, echo.get(0).path("text").asText());
            assertEquals(longest, room.host.signal().next("chat").path("text").asText());
            room.guest.signal().send("chat", "text", longest + "\uD83D\uDE00", "id", "emoji2");
            JsonNode error = room.guest.signal().error("invalid");
            assertEquals("chat.text: must be 1 to 2000 characters long (is 2001)", error.path("message").asText());
        }
    }

    @Test
    void handsAndOwnMediaStateReachEveryone(Appliance parley) {
        try (LiveRoom room = LiveRoom.open(parley, people)) {
            room.guest.signal().send("hand", "raised", true);
            for (LiveRoom.Attendee reader : room.everyone()) {
                JsonNode updated = reader.signal().next("updated").path("participant");
                assertEquals(room.guest.id(), updated.path("id").asText());
                assertTrue(updated.path("handRaised").asBoolean(), updated::toString);
            }
            room.member.signal().send("media", "audioMuted", true, "videoMuted", true);
            for (LiveRoom.Attendee reader : room.everyone()) {
                JsonNode updated = reader.signal().next("updated").path("participant");
                assertEquals(room.member.id(), updated.path("id").asText());
                assertTrue(updated.path("audioMuted").asBoolean() && updated.path("videoMuted").asBoolean(),
                        updated::toString);
                assertTrue(updated.path("staff").asBoolean(), "the roster marks staff apart from guests");
            }
        }
    }
}
