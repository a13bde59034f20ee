package org.parley.signaling.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
                        new MeetingCommand.Rename("p3", "Dr. Émile")),
                Map.entry("{\"type\":\"sdp-offer\",\"sdp\":\"v=0\\r\\no=- 1 2 IN IP4 127.0.0.1\\r\\n\",\"sending\":"
                        + "{\"0\":\"audio\",\"1\":\"video\",\"s-2\":\"screen\"}}",
                        new MeetingCommand.MediaOffer("v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n",
                                Map.of("0", "audio", "1", "video", "s-2", "screen"))),
                Map.entry("{\"type\":\"sdp-offer\",\"sdp\":\"v=0\",\"sending\":{}}",
                        new MeetingCommand.MediaOffer("v=0", Map.of())),
                Map.entry("{\"type\":\"sdp-answer\",\"revision\":3,\"sdp\":\"v=0\"}",
                        new MeetingCommand.MediaAnswer(3, "v=0")));
        for (var entry : commands.entrySet()) {
            String frame = entry.getKey().replaceFirst("\\{", "{\"v\":1,\"id\":\"r1\",");
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
        "reserved type | {\"v\":1,\"type\":\"ice\"} | type | \"ice\" is reserved for a later version",
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "offer without sdp | {\"v\":1,\"type\":\"sdp-offer\",\"sending\":{}} | sdp-offer.sdp | required",
        "offer without sending | {\"v\":1,\"type\":\"sdp-offer\",\"sdp\":\"v=0\"} | sdp-offer.sending | required",
        "empty sdp | {\"v\":1,\"type\":\"sdp-offer\",\"sdp\":\"\",\"sending\":{}} | sdp-offer.sdp | "
                + "must be 1 to 60000 characters long (is 0)",
        "blank sdp | {\"v\":1,\"type\":\"sdp-offer\",\"sdp\":\"\\r\\n\",\"sending\":{}} | sdp-offer.sdp | "
                + "must not be blank",
        "control in sdp | {\"v\":1,\"type\":\"sdp-offer\",\"sdp\":\"v=0\\u0000\",\"sending\":{}} | sdp-offer.sdp | "
                + "must not contain control characters",
        "sdp not text | {\"v\":1,\"type\":\"sdp-offer\",\"sdp\":[],\"sending\":{}} | sdp-offer.sdp | must be a string",
        "sending not object | {\"v\":1,\"type\":\"sdp-offer\",\"sdp\":\"v=0\",\"sending\":[\"audio\"]} | "
                + "sdp-offer.sending | must be an object of mid to audio, video or screen",
        "sending null | {\"v\":1,\"type\":\"sdp-offer\",\"sdp\":\"v=0\",\"sending\":null} | "
                + "sdp-offer.sending | required",
        "mid not a token | {\"v\":1,\"type\":\"sdp-offer\",\"sdp\":\"v=0\",\"sending\":{\"a b\":\"audio\"}} | "
                + "sdp-offer.sending | each mid must be token characters (RFC 4566)",
        "mid too long | {\"v\":1,\"type\":\"sdp-offer\",\"sdp\":\"v=0\",\"sending\":{\"12345678901234567\":\"audio\"}}"
                + " | sdp-offer.sending | each mid must be 1 to 16 characters long (is 17)",
        "empty mid | {\"v\":1,\"type\":\"sdp-offer\",\"sdp\":\"v=0\",\"sending\":{\"\":\"audio\"}} | "
                + "sdp-offer.sending | each mid must be 1 to 16 characters long (is 0)",
        "unknown track | {\"v\":1,\"type\":\"sdp-offer\",\"sdp\":\"v=0\",\"sending\":{\"0\":\"camera\"}} | "
                + "sdp-offer.sending | each m-line must carry audio, video or screen",
        "track not text | {\"v\":1,\"type\":\"sdp-offer\",\"sdp\":\"v=0\",\"sending\":{\"0\":1}} | "
                + "sdp-offer.sending | each m-line must carry audio, video or screen",
        "track null | {\"v\":1,\"type\":\"sdp-offer\",\"sdp\":\"v=0\",\"sending\":{\"0\":null}} | "
                + "sdp-offer.sending | each m-line must carry audio, video or screen",
        "unknown offer field | {\"v\":1,\"type\":\"sdp-offer\",\"sdp\":\"v=0\",\"sending\":{},\"revision\":1} | "
                + "sdp-offer.revision | unknown field in a sdp-offer message",
        "answer without revision | {\"v\":1,\"type\":\"sdp-answer\",\"sdp\":\"v=0\"} | sdp-answer.revision | required",
        "answer without sdp | {\"v\":1,\"type\":\"sdp-answer\",\"revision\":1} | sdp-answer.sdp | required",
        "revision 0 | {\"v\":1,\"type\":\"sdp-answer\",\"revision\":0,\"sdp\":\"v=0\"} | sdp-answer.revision | "
                + "must be a whole number from 1",
        "revision negative | {\"v\":1,\"type\":\"sdp-answer\",\"revision\":-2,\"sdp\":\"v=0\"} | sdp-answer.revision | "
                + "must be a whole number from 1",
        "revision fractional | {\"v\":1,\"type\":\"sdp-answer\",\"revision\":1.5,\"sdp\":\"v=0\"} | "
                + "sdp-answer.revision | must be a whole number from 1",
        "revision as text | {\"v\":1,\"type\":\"sdp-answer\",\"revision\":\"3\",\"sdp\":\"v=0\"} | "
                + "sdp-answer.revision | must be a whole number from 1",
        "revision beyond long | {\"v\":1,\"type\":\"sdp-answer\",\"revision\":9223372036854775808,\"sdp\":\"v=0\"} | "
                + "sdp-answer.revision | must be a whole number from 1",
        "unknown answer field | {\"v\":1,\"type\":\"sdp-answer\",\"revision\":1,\"sdp\":\"v=0\",\"sending\":{}} | "
                + "sdp-answer.sending | unknown field in a sdp-answer message",
    })
    void mediaRefusalsNameTheField(String name, String frame, String field, String message) {
        refusalsNameTheField(name, frame, field, message);
    }

    @Test
    void sdpUpTo60000CharactersAndSixteenSendingLinesPass() throws BadMessage {
        String sending = IntStream.range(0, 16).mapToObj(i -> "\"" + i + "\":\"video\"")
                .collect(Collectors.joining(",", "{", "}"));
        String offer = "{\"v\":1,\"type\":\"sdp-offer\",\"id\":\"o7\",\"sdp\":\"%s\",\"sending\":%s}";
        ClientMessage.Command longest = (ClientMessage.Command) codec.decode(offer.formatted("a".repeat(60_000),
                sending));
        assertEquals(16, ((MeetingCommand.MediaOffer) longest.command()).sending().size());
        BadMessage tooLong = assertThrows(BadMessage.class, () -> codec.decode(offer.formatted("a".repeat(60_001),
                sending)));
        assertEquals("sdp-offer.sdp: must be 1 to 60000 characters long (is 60001)", tooLong.getMessage());
        assertEquals("o7", tooLong.ref());
        String seventeen = sending.replace("}", ",\"16\":\"audio\"}");
        BadMessage tooMany = assertThrows(BadMessage.class, () -> codec.decode(offer.formatted("v=0", seventeen)));
        assertEquals("sdp-offer.sending: must name at most 16 m-lines (names 17)", tooMany.getMessage());
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
