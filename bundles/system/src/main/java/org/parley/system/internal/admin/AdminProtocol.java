package org.parley.system.internal.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wire format of the admin socket: one request per connection, each way one line of UTF-8 JSON.
 * <pre>
 * request  {"command":"status","arguments":{"name":"value"},"pid":4242}      (pid: the client's, as it says)
 * reply    {"ok":true,"result":...}   or   {"ok":false,"exitStatus":2,"message":"what went wrong and what to do"}
 * </pre>
 * Arguments are strings only; anything else is refused, so a command never meets a type it did not expect.
 */
final class AdminProtocol {

    /** The largest request line accepted, newline included. */
    static final int MAX_REQUEST_BYTES = 64 * 1024;
    static final int MAX_COMMAND_LENGTH = 64;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A decoded request; {@code pid} is -1 when the client did not say. */
    record Request(String command, Map<String, String> arguments, long pid) {
    }

    /** A request that cannot be read; the message says what is wrong with it. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    private AdminProtocol() {
    }

    static Request decode(String line) throws BadRequest {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadRequest("the request is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest("the request is not a JSON object");
        }
        JsonNode command = root.path("command");
        if (!command.isTextual() || !command.asText().matches("[a-z][a-z0-9.-]{0," + (MAX_COMMAND_LENGTH - 1) + "}")) {
            throw new BadRequest("'command' must be a command name such as \"status\"");
        }
        return new Request(command.asText(), arguments(root.path("arguments")), root.path("pid").asLong(-1));
    }

    private static Map<String, String> arguments(JsonNode node) throws BadRequest {
        Map<String, String> arguments = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return arguments;
        }
        if (!node.isObject()) {
            throw new BadRequest("'arguments' must be an object of strings");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isTextual()) {
                throw new BadRequest("argument '" + field.getKey() + "' must be a string");
            }
            arguments.put(field.getKey(), field.getValue().asText());
        }
        return arguments;
    }

    /** The success reply; throws when the result cannot be written as JSON (a bug of the command). */
    static String success(Object result) throws JsonProcessingException {
        ObjectNode reply = JSON.createObjectNode().put("ok", true);
        reply.set("result", JSON.valueToTree(result));
        return JSON.writeValueAsString(reply) + "\n";
    }

    static String failure(int exitStatus, String message) {
        ObjectNode reply = JSON.createObjectNode().put("ok", false).put("exitStatus", exitStatus)
                .put("message", message);
        try {
            return JSON.writeValueAsString(reply) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply of two strings and a number cannot fail to encode", e);
        }
    }
}
