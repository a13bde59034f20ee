package org.parley.signaling.internal.protocol;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.parley.meetings.api.MeetingEvent;

/**
 * Protocol v1 on the wire: client frames to {@link ClientMessage}s (validated, see the module README's schema),
 * {@link MeetingEvent}s and replies to server frames. Thread-safe; one instance serves every connection.
 */
public final class MessageCodec {

    /** {@code error} codes of protocol v1. */
    public static final String INVALID = "invalid";
    public static final String NOT_JOINED = "not-joined";
    public static final String TOO_MANY = "too-many";

    private final MessageDecoder decoder = new MessageDecoder();
    private final EventEncoder encoder = new EventEncoder(JsonMapper.builder().build());

    /**
     * @throws BadMessage naming the field when the frame is not a valid v1 client message
     */
    public ClientMessage decode(String frame) throws BadMessage {
        return decoder.decode(frame);
    }

    public String encode(MeetingEvent event) {
        return encoder.encode(event);
    }

    /** The {@code sdp-answer} to a browser's offer; {@code ref} is the offer's {@code id}, or {@code null}. */
    public String answer(MeetingEvent.MediaAnswer answer, String ref) {
        return encoder.answer(answer, ref);
    }

    /** An {@code error} message; {@code ref} is the refused message's id, or {@code null}. */
    public String error(String code, String message, String ref) {
        return encoder.error(code, message, ref);
    }

    public String pong() {
        return encoder.pong();
    }
}
