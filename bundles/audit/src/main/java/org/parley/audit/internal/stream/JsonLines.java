package org.parley.audit.internal.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.parley.audit.api.AuditRecord;
import org.parley.audit.internal.chain.Checkpoint;

/**
 * The one JSON form of records and checkpoints, used by {@code audit.log}, the checkpoint file, syslog and export,
 * and of the details column. Times are ISO-8601 UTC. Thread-safe.
 */
public final class JsonLines {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() { };

    private JsonLines() {
    }

    /** One line (without the newline) describing a record. */
    public static String record(AuditRecord record) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "record");
        line.put("sequence", record.sequence());
        line.put("time", record.time().toString());
        line.put("actor", record.actor());
        line.put("clientAddress", record.clientAddress());
        line.put("action", record.action());
        line.put("target", record.target());
        line.put("outcome", record.outcome().name());
        line.put("details", new TreeMap<>(record.details()));
        line.put("previousHash", record.previousHash());
        line.put("hash", record.hash());
        return write(line);
    }

    /** One line (without the newline) describing a checkpoint. */
    public static String checkpoint(Checkpoint checkpoint) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "checkpoint");
        line.put("chainId", checkpoint.chainId());
        line.put("sequence", checkpoint.sequence());
        line.put("hash", checkpoint.hash());
        line.put("time", checkpoint.time().toString());
        line.put("keyId", checkpoint.keyId());
        line.put("signature", checkpoint.signature());
        return write(line);
    }

    /** Reads a line written by {@link #checkpoint}. */
    public static Checkpoint parseCheckpoint(String line) throws JsonProcessingException {
        JsonNode node = MAPPER.readTree(line);
        if (node == null || !"checkpoint".equals(node.path("type").asText())) {
            throw new IllegalArgumentException("not a checkpoint line");
        }
        return new Checkpoint(required(node, "chainId"), node.path("sequence").asLong(-1), required(node, "hash"),
                Instant.parse(required(node, "time")), required(node, "keyId"), required(node, "signature"));
    }

    /** Details as a JSON object with sorted keys. */
    public static String details(Map<String, String> details) {
        return write(new TreeMap<>(details));
    }

    public static Map<String, String> parseDetails(String json) {
        try {
            return MAPPER.readValue(json, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit details are not a JSON object of strings", e);
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("checkpoint line lacks " + field);
        }
        return value.asText();
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialize", e);
        }
    }
}
