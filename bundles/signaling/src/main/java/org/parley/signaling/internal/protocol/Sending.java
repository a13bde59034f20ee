package org.parley.signaling.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code sending} object of a client {@code sdp-offer}: which of the browser's m-lines (by mid) carries what,
 * e.g. {@code {"0":"audio","1":"video","2":"screen"}}. At most {@link FieldType#SENDING}'s maximum entries; each
 * key a {@link FieldType#MID}, each value one of {@link #CARRIES}. Problems never repeat the client's text.
 */
final class Sending {

    /** What a sending m-line may carry. */
    static final Set<String> CARRIES = Set.of("audio", "video", "screen");

    private Sending() {
    }

    /** What is wrong with {@code value} as a sending object, or {@code null}. */
    static String problem(JsonNode value) {
        if (!value.isObject()) {
            return "must be an object of mid to audio, video or screen";
        }
        if (value.size() > FieldType.SENDING.maxLength()) {
            return "must name at most " + FieldType.SENDING.maxLength() + " m-lines (names " + value.size() + ")";
        }
        for (Iterator<Map.Entry<String, JsonNode>> lines = value.fields(); lines.hasNext();) {
            Map.Entry<String, JsonNode> line = lines.next();
            String mid = FieldType.MID.problem(TextNode.valueOf(line.getKey()));
            if (mid != null) {
                return "each mid " + mid;
            }
            if (!line.getValue().isTextual() || !CARRIES.contains(line.getValue().textValue())) {
                return "each m-line must carry audio, video or screen";
            }
        }
        return null;
    }

    /** The validated object as mid → what it carries. */
    static Map<String, String> read(JsonNode value) {
        Map<String, String> sending = new LinkedHashMap<>();
        value.fields().forEachRemaining(line -> sending.put(line.getKey(), line.getValue().textValue()));
        return sending;
    }
}
