package org.parley.signaling.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import org.parley.meetings.api.MeetingCommand;

/** Turns a validated client message into its {@link MeetingCommand}: one case per message type. */
final class CommandReader {

    private CommandReader() {
    }

    static MeetingCommand read(String type, JsonNode message) {
        return switch (type) {
            case "leave" -> new MeetingCommand.Leave();
            case "chat" -> new MeetingCommand.Chat(text(message, "to"), text(message, "text"));
            case "hand" -> new MeetingCommand.RaiseHand(flag(message, "raised"));
            case "media" -> new MeetingCommand.MediaState(flag(message, "audioMuted"), flag(message, "videoMuted"));
            case "admit" -> new MeetingCommand.Admit(text(message, "participant"));
            case "deny" -> new MeetingCommand.Deny(text(message, "participant"));
            case "mute" -> new MeetingCommand.Mute(text(message, "participant"));
            case "ask-unmute" -> new MeetingCommand.AskUnmute(text(message, "participant"));
            case "stop-video" -> new MeetingCommand.StopVideo(text(message, "participant"));
            case "remove" -> new MeetingCommand.Remove(text(message, "participant"), flag(message, "block"));
            case "lock" -> new MeetingCommand.Lock(flag(message, "locked"));
            case "end" -> new MeetingCommand.EndForAll();
            case "cohost" -> new MeetingCommand.SetCohost(text(message, "participant"), flag(message, "cohost"));
            case "rename" -> new MeetingCommand.Rename(text(message, "participant"), text(message, "name"));
            case "sdp-offer" -> new MeetingCommand.MediaOffer(text(message, "sdp"),
                    Sending.read(message.get("sending")));
            case "sdp-answer" -> new MeetingCommand.MediaAnswer(message.get("revision").longValue(),
                    text(message, "sdp"));
            default -> throw new IllegalArgumentException("no command for message type " + type);
        };
    }

    private static String text(JsonNode message, String field) {
        JsonNode value = message.get(field);
        return value == null ? null : value.textValue();
    }

    /** Absent optional booleans ({@code remove.block}) are false. */
    private static boolean flag(JsonNode message, String field) {
        JsonNode value = message.get(field);
        return value != null && value.booleanValue();
    }
}
