package org.parley.signaling.internal.protocol;

import static org.parley.signaling.internal.protocol.Field.optional;
import static org.parley.signaling.internal.protocol.Field.required;
import static org.parley.signaling.internal.protocol.FieldType.BOOLEAN;
import static org.parley.signaling.internal.protocol.FieldType.CHAT_TEXT;
import static org.parley.signaling.internal.protocol.FieldType.NAME;
import static org.parley.signaling.internal.protocol.FieldType.PARTICIPANT_ID;
import static org.parley.signaling.internal.protocol.FieldType.REVISION;
import static org.parley.signaling.internal.protocol.FieldType.SDP;
import static org.parley.signaling.internal.protocol.FieldType.SENDING;
import static org.parley.signaling.internal.protocol.FieldType.TOKEN;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The message types a client may send in protocol v1 and the fields of each, besides the {@code v}, {@code type}
 * and {@code id} every message has. This table is the validator; {@code schema/signaling-v1.json} says the same
 * (a test keeps them equal).
 */
final class ClientTypes {

    /** Fields every message may or must carry. */
    static final Set<String> COMMON = Set.of("v", "type", "id");

    /** Types kept for later (trickle ICE): refused as not supported yet, not as unknown. */
    static final Set<String> RESERVED = Set.of("ice");

    static final Map<String, List<Field>> FIELDS = fields();

    private ClientTypes() {
    }

    private static Map<String, List<Field>> fields() {
        Map<String, List<Field>> types = new LinkedHashMap<>();
        types.put("join", List.of(required("token", TOKEN)));
        types.put("ping", List.of());
        types.put("leave", List.of());
        types.put("chat", List.of(required("text", CHAT_TEXT), optional("to", PARTICIPANT_ID)));
        types.put("hand", List.of(required("raised", BOOLEAN)));
        types.put("media", List.of(required("audioMuted", BOOLEAN), required("videoMuted", BOOLEAN)));
        types.put("admit", List.of(optional("participant", PARTICIPANT_ID)));
        types.put("deny", List.of(optional("participant", PARTICIPANT_ID)));
        types.put("mute", List.of(optional("participant", PARTICIPANT_ID)));
        types.put("ask-unmute", List.of(required("participant", PARTICIPANT_ID)));
        types.put("stop-video", List.of(required("participant", PARTICIPANT_ID)));
        types.put("remove", List.of(required("participant", PARTICIPANT_ID), optional("block", BOOLEAN)));
        types.put("lock", List.of(required("locked", BOOLEAN)));
        types.put("end", List.of());
        types.put("cohost", List.of(required("participant", PARTICIPANT_ID), required("cohost", BOOLEAN)));
        types.put("rename", List.of(required("participant", PARTICIPANT_ID), required("name", NAME)));
        types.put("sdp-offer", List.of(required("sdp", SDP), required("sending", SENDING)));
        types.put("sdp-answer", List.of(required("revision", REVISION), required("sdp", SDP)));
        return Collections.unmodifiableMap(types);
    }
}
