package org.parley.signaling.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.Participant;

/**
 * {@code schema/signaling-v1.json} (the published schema) and the code say the same: the same client types with the
 * same fields, required fields, kinds and bounds, and every server message the encoder writes fits its entry.
 */
class SchemaAgreementTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<FieldType, String> DEFINITIONS = Map.of(FieldType.PARTICIPANT_ID, "participantId",
            FieldType.TOKEN, "token", FieldType.CHAT_TEXT, "chatText", FieldType.NAME, "name", FieldType.SDP, "sdp",
            FieldType.MID, "mid", FieldType.REVISION, "revision", FieldType.SENDING, "sending");

    final JsonNode schema = load();
    final JsonNode defs = schema.get("$defs");

    @Test
    void theSchemaHasExactlyTheClientTypesOfTheValidator() {
        assertEquals(new TreeSet<>(ClientTypes.FIELDS.keySet()), names("client."));
        assertEquals(ClientTypes.RESERVED, Set.copyOf(JSON.convertValue(schema.get("x-reserved-types"), List.class)));
    }

    @Test
    void eachClientTypeHasTheSameFieldsKindsAndBounds() {
        ClientTypes.FIELDS.forEach((type, fields) -> {
            JsonNode entry = defs.get("client." + type);
            Set<String> properties = new TreeSet<>();
            entry.get("properties").fieldNames().forEachRemaining(properties::add);
            properties.removeAll(ClientTypes.COMMON);
            assertEquals(new TreeSet<>(fields.stream().map(Field::name).toList()), properties, type);
            Set<String> required = new TreeSet<>();
            entry.get("required").forEach(r -> required.add(r.asText()));
            assertEquals(Set.of("v", "type"), Set.copyOf(required.stream().filter(ClientTypes.COMMON::contains)
                    .toList()), type);
            required.removeAll(ClientTypes.COMMON);
            assertEquals(new TreeSet<>(fields.stream().filter(Field::required).map(Field::name).toList()), required,
                    type);
            fields.forEach(field -> assertKind(type, field, entry.get("properties").get(field.name())));
        });
    }

    @Test
    void everyMessageTheServerWritesFitsItsSchemaEntry() throws Exception {
        EventEncoder encoder = new EventEncoder(JSON);
        Participant ann = new Participant("p1", "Ann", true, Participant.HOST, false, true, false, true);
        MeetingEvent.Waiting.Knock bob = new MeetingEvent.Waiting.Knock("p2", "Bob", false);
        Instant at = Instant.parse("2026-03-01T09:00:00Z");
        List<String> written = List.of(
                encoder.encode(new MeetingEvent.Welcome(ann, "m1", "Ward round", false, List.of(ann), List.of(bob))),
                encoder.encode(new MeetingEvent.Waiting("p2", "Bob", "waiting-room")),
                encoder.encode(new MeetingEvent.Lobby(List.of(bob))), encoder.encode(new MeetingEvent.Joined(ann)),
                encoder.encode(new MeetingEvent.Left("p2", "removed")), encoder.encode(new MeetingEvent.Updated(ann)),
                encoder.encode(new MeetingEvent.Chat("p1", "Ann", null, "hi", at)),
                encoder.encode(new MeetingEvent.UnmuteRequested("p1")),
                encoder.encode(new MeetingEvent.LockChanged(true, "p1")),
                encoder.encode(new MeetingEvent.Token("a.b.c", at)), encoder.error("invalid", "bad", "r1"),
                encoder.error("too-many", "slow down", null), encoder.pong(),
                encoder.answer(new MeetingEvent.MediaAnswer("v=0"), "o7"),
                encoder.encode(new MeetingEvent.MediaOffer(2, "v=0")), encoder.encode(new MeetingEvent.Speaker("p1")),
                encoder.encode(new MeetingEvent.MediaConnection("connected", "udp", null)),
                encoder.encode(new MeetingEvent.MediaConnection("failed", null, "blocked")),
                encoder.encode(new MeetingEvent.MediaReset()), encoder.error("media", "glare: roll back", "o8"));
        Set<String> types = new TreeSet<>();
        for (String message : written) {
            JsonNode node = JSON.readTree(message);
            types.add(node.get("type").asText());
            assertFits(node, defs.get("server." + node.get("type").asText()), message);
        }
        assertEquals(names("server."), types);
    }

    @Test
    void theMediaKindsSayTheSameAsTheCode() {
        JsonNode revision = defs.get("revision");
        assertEquals("integer", revision.get("type").asText());
        assertEquals(1, revision.get("minimum").asInt());
        JsonNode sending = defs.get("sending");
        assertEquals("object", sending.get("type").asText());
        assertEquals(FieldType.SENDING.maxLength(), sending.get("maxProperties").asInt());
        assertEquals("#/$defs/mid", sending.get("propertyNames").get("$ref").asText());
        assertEquals(Sending.CARRIES, Set.copyOf(JSON.convertValue(sending.get("additionalProperties").get("enum"),
                List.class)));
        assertBounds("sending's mid", FieldType.MID, defs.get("mid"));
        assertTrue(defs.get("server.error").get("properties").get("code").get("enum").toString().contains("\"media\""));
    }

    private void assertKind(String type, Field field, JsonNode property) {
        String where = type + "." + field.name();
        if (field.type() == FieldType.BOOLEAN) {
            assertEquals("boolean", property.path("type").asText(), where);
            return;
        }
        String definition = DEFINITIONS.get(field.type());
        assertEquals("#/$defs/" + definition, property.path("$ref").asText(), where);
        if (field.type() != FieldType.REVISION && field.type() != FieldType.SENDING) {
            assertBounds(where, field.type(), defs.get(definition));
        }
    }

    private static void assertBounds(String where, FieldType kind, JsonNode bounds) {
        assertEquals(kind.minLength(), bounds.get("minLength").asInt(), where);
        assertEquals(kind.maxLength(), bounds.get("maxLength").asInt(), where);
        if (kind.pattern() != null) {
            assertEquals("^" + kind.pattern() + "$", bounds.get("pattern").asText(), where);
        }
    }

    private static void assertFits(JsonNode message, JsonNode entry, String text) {
        assertTrue(entry != null, "no schema entry for " + text);
        Map<String, JsonNode> properties = new HashMap<>();
        entry.get("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue()));
        message.fieldNames().forEachRemaining(name -> assertTrue(properties.containsKey(name), name + " in " + text));
        entry.get("required").forEach(name -> assertTrue(message.has(name.asText()), name + " missing in " + text));
    }

    private Set<String> names(String prefix) {
        Set<String> names = new TreeSet<>();
        defs.fieldNames().forEachRemaining(name -> {
            if (name.startsWith(prefix)) {
                names.add(name.substring(prefix.length()));
            }
        });
        return names;
    }

    private static JsonNode load() {
        try (InputStream in = SchemaAgreementTest.class.getResourceAsStream("/schema/signaling-v1.json")) {
            return JSON.readTree(in);
        } catch (Exception e) {
            throw new AssertionError("schema/signaling-v1.json does not load", e);
        }
    }
}
