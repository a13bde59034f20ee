package org.parley.signaling.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.meetings.api.MeetingCommand;

class MessageDecoderTest {

    final MessageCodec codec = new MessageCodec();

    @Test
    void everyClientTypeDecodesToItsMessage() throws BadMessage {
        Map<String, MeetingCommand> commands = Map.ofEntries(
                Map.entry("{\"type\":\"leave\"}", new MeetingCommand.Leave()),
                Map.entry("{\"type\":\"chat\",\"text\":\"hello\\nall\"}", new MeetingCommand.Chat(null, "hello\nall")),
                Map.entry("{\"type\":\"chat\",\"text\":\"psst\",\"to\":\"p-2\"}",
                        new MeetingCommand.Chat("p-2", "psst")),
                Map.entry("{\"type\":\"hand\",\"raised\":true}", new MeetingCommand.RaiseHand(true)),
                Map.entry("{\"type\":\"media\",\"audioMuted\":true,\"videoMuted\":false}",
                        new MeetingCommand.MediaState(true, false)),
                Map.entry("{\"type\":\"admit\"}", new MeetingCommand.Admit(null)),
                Map.entry("{\"type\":\"admit\",\"participant\":\"p3\"}", new MeetingCommand.Admit("p3")),
                Map.entry("{\"type\":\"deny\",\"participant\":\"p3\"}", new MeetingCommand.Deny("p3")),
                Map.entry("{\"type\":\"mute\"}", new MeetingCommand.Mute(null)),
                Map.entry("{\"type\":\"ask-unmute\",\"participant\":\"p3\"}", new MeetingCommand.AskUnmute("p3")),
                Map.entry("{\"type\":\"stop-video\",\"participant\":\"p3\"}", new MeetingCommand.StopVideo("p3")),
                Map.entry("{\"type\":\"remove\",\"participant\":\"p3\"}", new MeetingCommand.Remove("p3", false)),
                Map.entry("{\"type\":\"remove\",\"participant\":\"p3\",\"block\":true}",
                        new MeetingCommand.Remove("p3", true)),
                Map.entry("{\"type\":\"lock\",\"locked\":false}", new MeetingCommand.Lock(false)),
                Map.entry("{\"type\":\"end\"}", new MeetingCommand.EndForAll()),
                Map.entry("{\"type\":\"cohost\",\"participant\":\"p3\",\"cohost\":true}",
                        new MeetingCommand.SetCohost("p3", true)),
                Map.entry("{\"type\":\"rename\",\"participant\":\"p3\",\"name\":\"Dr. Émile\"}",
                        new MeetingCommand.Rename("p3", "Dr. Émile")));
        for (var entry : commands.entrySet()) {
            String frame = entry.getKey().replace("{", "{\"v\":1,\"id\":\"r1\",");
            assertEquals(new ClientMessage.Command(entry.getValue(), "r1"), codec.decode(frame), frame);
        }
        assertEquals(ClientTypes.FIELDS.size() - 2, commands.keySet().stream()
                .map(k -> k.replaceAll(".*\"type\":\"([a-z-]+)\".*", "$1")).distinct().count());
    }

    @Test
    void joinAndPingAreTheirOwnMessages() throws BadMessage {
        assertEquals(new ClientMessage.Join("aa.bb.cc", null), codec.decode("{\"v\":1,\"type\":\"join\",\"token\":"
                + "\"aa.bb.cc\"}"));
        assertEquals(new ClientMessage.Ping("7"), codec.decode("{\"type\":\"ping\",\"v\":1,\"id\":\"7\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad JSON | {\"v\":1, |  | not valid JSON (line 1, column 8)",
        "not an object | [1,2] |  | a message must be one JSON object",
        "trailing data | {\"v\":1,\"type\":\"ping\"} {} |  | not valid JSON (line 1, column 23)",
        "duplicate member | {\"v\":1,\"type\":\"ping\",\"v\":1} |  | not valid JSON (line 1, column 25)",
        "v 2 | {\"v\":2,\"type\":\"ping\"} | v | must be 1 (the protocol version this server speaks)",
        "v as text | {\"v\":\"1\",\"type\":\"ping\"} | v | must be 1 (the protocol version this server speaks)",
        "v fractional | {\"v\":1.0,\"type\":\"ping\"} | v | must be 1 (the protocol version this server speaks)",
        "no v | {\"type\":\"ping\"} | v | must be 1 (the protocol version this server speaks)",
        "no type | {\"v\":1} | type | required, a string naming the message type",
        "unknown type | {\"v\":1,\"type\":\"welcome\"} | type | unknown message type \"welcome\"",
        "reserved type | {\"v\":1,\"type\":\"sdp\"} | type | \"sdp\" is reserved for a later version",
        "unknown field | {\"v\":1,\"type\":\"hand\",\"raised\":true,\"x\":1} | "
                + "hand.x | unknown field in a hand message",
        "field of another | {\"v\":1,\"type\":\"ping\",\"text\":\"hi\"} | ping.text | unknown field in a ping message",
        "wrong type bool | {\"v\":1,\"type\":\"hand\",\"raised\":1} | hand.raised | must be true or false",
        "wrong type string | {\"v\":1,\"type\":\"chat\",\"text\":5} | chat.text | must be a string",
        "object for string | {\"v\":1,\"type\":\"chat\",\"text\":{}} | chat.text | must be a string",
        "missing required | {\"v\":1,\"type\":\"ask-unmute\"} | ask-unmute.participant | required",
        "null required | {\"v\":1,\"type\":\"lock\",\"locked\":null} | lock.locked | required",
        "empty chat | {\"v\":1,\"type\":\"chat\",\"text\":\"\"} | chat.text | must be 1 to 2000 characters long (is 0)",
        "blank name | {\"v\":1,\"type\":\"rename\",\"participant\":\"p\",\"name\":\"  \"} | "
                + "rename.name | must not be blank",
        "control in name | {\"v\":1,\"type\":\"rename\",\"participant\":\"p\",\"name\":\"a\\u0007\"} | "
                + "rename.name | must not contain control characters",
        "participant chars | {\"v\":1,\"type\":\"mute\",\"participant\":\"../x y\"} | "
                + "mute.participant | must be only letters, digits and . _ ~ -",
        "token chars | {\"v\":1,\"type\":\"join\",\"token\":\"a b\"} | "
                + "join.token | must be a join token (base64url and dots)",
        "id not a string | {\"v\":1,\"type\":\"ping\",\"id\":7} | id | must be a string",
        "null optional | {\"v\":1,\"type\":\"chat\",\"text\":\"x\",\"to\":null} | chat.to | must be a string",
    })
    void refusalsNameTheField(String name, String frame, String field, String message) {
        BadMessage refused = assertThrows(BadMessage.class, () -> codec.decode(frame.strip()));
        assertEquals(field, refused.field(), name);
        assertEquals(field == null ? message : field + ": " + message, refused.getMessage(), name);
    }

    @Test
    void tooLongChatIsRefusedAndTheLimitCountsCharactersNotUnits() throws BadMessage {
        String longest = "😀".repeat(2000);
        codec.decode("{\"v\":1,\"type\":\"chat\",\"text\":\"" + longest + "\"}");
        BadMessage refused = assertThrows(BadMessage.class,
                () -> codec.decode("{\"v\":1,\"type\":\"chat\",\"text\":\"" + "x".repeat(2001) + "\",\"id\":\"c\"}"));
        assertEquals("chat.text: must be 1 to 2000 characters long (is 2001)", refused.getMessage());
        assertEquals("c", refused.ref());
    }

    @Test
    void tooLongIdsAreRefused() {
        BadMessage messageId = assertThrows(BadMessage.class,
                () -> codec.decode("{\"v\":1,\"type\":\"ping\",\"id\":\"" + "i".repeat(65) + "\"}"));
        assertEquals("id: must be 1 to 64 characters long (is 65)", messageId.getMessage());
        assertNull(messageId.ref());
        BadMessage participant = assertThrows(BadMessage.class, () -> codec.decode(
                "{\"v\":1,\"type\":\"stop-video\",\"participant\":\"" + "p".repeat(65) + "\",\"id\":\"s\"}"));
        assertEquals("stop-video.participant", participant.field());
        assertEquals("s", participant.ref());
        BadMessage name = assertThrows(BadMessage.class, () -> codec.decode(
                "{\"v\":1,\"type\":\"rename\",\"participant\":\"p\",\"name\":\"" + "n".repeat(65) + "\"}"));
        assertEquals("rename.name: must be 1 to 64 characters long (is 65)", name.getMessage());
    }

    @Test
    void errorsDoNotRepeatTheClientsText() {
        BadMessage refused = assertThrows(BadMessage.class,
                () -> codec.decode("{\"v\":1,\"type\":\"chat\",\"text\":\"secret diagnosis\" oops}"));
        assertEquals(-1, refused.getMessage().indexOf("secret"));
    }
}
