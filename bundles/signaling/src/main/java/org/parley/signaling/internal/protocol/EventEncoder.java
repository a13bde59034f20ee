package org.parley.signaling.internal.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.Participant;

/**
 * Writes the server's messages: one per {@link MeetingEvent}, plus {@code error} and {@code pong}. Instants are
 * ISO-8601 strings. Thread-safe.
 */
final class EventEncoder {

    private final ObjectMapper mapper;

    EventEncoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String encode(MeetingEvent event) {
        return body(event).toString();
    }

    /** The answer to the browser's {@code sdp-offer}; {@code ref} is that offer's {@code id}, or {@code null}. */
    String answer(MeetingEvent.MediaAnswer answer, String ref) {
        ObjectNode message = message("sdp-answer");
        if (ref != null) {
            message.put("ref", ref);
        }
        return message.put("sdp", answer.sdp()).toString();
    }

    String error(String code, String message, String ref) {
        ObjectNode error = message("error").put("code", code).put("message", message);
        if (ref != null) {
            error.put("ref", ref);
        }
        return error.toString();
    }

    String pong() {
        return message("pong").toString();
    }

    private ObjectNode body(MeetingEvent event) {
        if (event instanceof MeetingEvent.Welcome e) {
            ObjectNode welcome = message("welcome").set("you", participant(e.you()));
            welcome.putObject("meeting").put("id", e.meetingId()).put("title", e.title()).put("locked", e.locked());
            welcome.set("roster", roster(e.roster()));
            return welcome.set("waiting", knocks(e.waiting()));
        } else if (event instanceof MeetingEvent.Waiting e) {
            return message("waiting").put("you", e.you()).put("name", e.name()).put("reason", e.reason());
        } else if (event instanceof MeetingEvent.Lobby e) {
            return message("lobby").set("waiting", knocks(e.waiting()));
        } else if (event instanceof MeetingEvent.Joined e) {
            return message("joined").set("participant", participant(e.participant()));
        } else if (event instanceof MeetingEvent.Left e) {
            return message("left").put("participant", e.participant()).put("reason", e.reason());
        } else if (event instanceof MeetingEvent.Updated e) {
            return message("updated").set("participant", participant(e.participant()));
        } else if (event instanceof MeetingEvent.Chat e) {
            return message("chat").put("from", e.from()).put("fromName", e.fromName()).put("to", e.to())
                    .put("text", e.text()).put("at", e.at().toString());
        } else if (event instanceof MeetingEvent.UnmuteRequested e) {
            return message("unmute-requested").put("by", e.by());
        } else if (event instanceof MeetingEvent.LockChanged e) {
            return message("locked").put("locked", e.locked()).put("by", e.by());
        } else if (event instanceof MeetingEvent.Token e) {
            return message("token").put("token", e.token()).put("expiresAt", e.expiresAt().toString());
        }
        return media(event);
    }

    /** The media events; {@code sdp-answer} without a {@code ref} here (see {@link #answer}). */
    private ObjectNode media(MeetingEvent event) {
        if (event instanceof MeetingEvent.MediaAnswer e) {
            return message("sdp-answer").put("sdp", e.sdp());
        } else if (event instanceof MeetingEvent.MediaOffer e) {
            return message("sdp-offer").put("revision", e.revision()).put("sdp", e.sdp());
        } else if (event instanceof MeetingEvent.Speaker e) {
            return message("speaker").put("participant", e.participant());
        } else if (event instanceof MeetingEvent.MediaConnection e) {
            ObjectNode connection = message("media-connection").put("state", e.state());
            if (e.transport() != null) {
                connection.put("transport", e.transport());
            }
            return e.cause() == null ? connection : connection.put("cause", e.cause());
        } else if (event instanceof MeetingEvent.MediaReset) {
            return message("media-reset");
        }
        throw new IllegalArgumentException("no message for event " + event.getClass().getName());
    }

    private ObjectNode message(String type) {
        return mapper.createObjectNode().put("v", MessageDecoder.VERSION).put("type", type);
    }

    private ObjectNode participant(Participant p) {
        return mapper.createObjectNode().put("id", p.id()).put("name", p.name()).put("staff", p.staff())
                .put("role", p.role()).put("audioMuted", p.audioMuted()).put("videoMuted", p.videoMuted())
                .put("handRaised", p.handRaised()).put("connected", p.connected());
    }

    private ArrayNode roster(List<Participant> participants) {
        ArrayNode roster = mapper.createArrayNode();
        participants.forEach(p -> roster.add(participant(p)));
        return roster;
    }

    private ArrayNode knocks(List<MeetingEvent.Waiting.Knock> waiting) {
        ArrayNode knocks = mapper.createArrayNode();
        waiting.forEach(k -> knocks.addObject().put("id", k.id()).put("name", k.name()).put("staff", k.staff()));
        return knocks;
    }
}
