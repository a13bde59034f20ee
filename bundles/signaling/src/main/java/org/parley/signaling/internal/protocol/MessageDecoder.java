package org.parley.signaling.internal.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Iterator;
import java.util.List;

/**
 * Reads and validates one client text frame: a JSON object with {@code "v":1}, a known {@code type}, only that
 * type's fields and each of the right kind (table {@link ClientTypes}). Strict on purpose: duplicate members,
 * trailing data, unknown members, numbers for booleans and {@code null} anywhere are all refused (an optional
 * field is left out).
 * Thread-safe.
 */
final class MessageDecoder {

    static final int VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    ClientMessage decode(String text) throws BadMessage {
        JsonNode message = parse(text);
        String ref = ref(message);
        version(message, ref);
        String type = type(message, ref);
        List<Field> fields = ClientTypes.FIELDS.get(type);
        unknownFields(message, type, fields, ref);
        for (Field field : fields) {
            check(message, type, field, ref);
        }
        return switch (type) {
            case "join" -> new ClientMessage.Join(message.get("token").textValue(), ref);
            case "ping" -> new ClientMessage.Ping(ref);
            default -> new ClientMessage.Command(CommandReader.read(type, message), ref);
        };
    }

    private JsonNode parse(String text) throws BadMessage {
        JsonNode message;
        try {
            message = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            // Jackson's own text may quote the input (chat text); say only where it broke.
            var at = e.getLocation();
            throw new BadMessage(null, "not valid JSON" + (at == null ? "" : " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ")"), null);
        }
        if (message == null || !message.isObject()) {
            throw new BadMessage(null, "a message must be one JSON object", null);
        }
        return message;
    }

    /** The {@code id} to echo, read first so later errors can name it; a bad id is itself an error. */
    private static String ref(JsonNode message) throws BadMessage {
        JsonNode id = message.get("id");
        if (id == null) {
            return null;
        }
        String problem = FieldType.MESSAGE_ID.problem(id);
        if (problem != null) {
            throw new BadMessage("id", problem, null);
        }
        return id.textValue();
    }

    private static String type(JsonNode message, String ref) throws BadMessage {
        JsonNode type = message.get("type");
        if (type == null || !type.isTextual()) {
            throw new BadMessage("type", "required, a string naming the message type", ref);
        }
        String name = type.textValue();
        if (ClientTypes.RESERVED.contains(name)) {
            throw new BadMessage("type", "\"" + name + "\" is reserved for a later version", ref);
        }
        if (!ClientTypes.FIELDS.containsKey(name)) {
            throw new BadMessage("type", "unknown message type \"" + shortened(name) + "\"", ref);
        }
        return name;
    }

    private static void version(JsonNode message, String ref) throws BadMessage {
        JsonNode v = message.get("v");
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() != VERSION) {
            throw new BadMessage("v", "must be " + VERSION + " (the protocol version this server speaks)", ref);
        }
    }

    private static void unknownFields(JsonNode message, String type, List<Field> fields, String ref)
            throws BadMessage {
        for (Iterator<String> names = message.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!ClientTypes.COMMON.contains(name) && fields.stream().noneMatch(f -> f.name().equals(name))) {
                throw new BadMessage(type + "." + shortened(name), "unknown field in a " + type + " message", ref);
            }
        }
    }

    private static void check(JsonNode message, String type, Field field, String ref) throws BadMessage {
        JsonNode value = message.get(field.name());
        if (field.required() && (value == null || value.isNull())) {
            throw new BadMessage(type + "." + field.name(), "required", ref);
        }
        if (value == null) {
            return;
        }
        String problem = field.type().problem(value);
        if (problem != null) {
            throw new BadMessage(type + "." + field.name(), problem, ref);
        }
    }

    /** Names from the client are echoed at most 40 characters long. */
    private static String shortened(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40) + "…";
    }
}
