package org.parley.meetings.internal.live;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.media.api.MediaLeg;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.api.MeetingCommand;

/**
 * Checks the media commands again, whatever the transport let through: SDP text of 1 to
 * {@link MeetingCommand.MediaOffer#MAX_SDP} characters, at most {@link MeetingCommand.MediaOffer#MAX_SENDING} sending
 * m-lines, each mid 1 to 16 token characters (RFC 8843 §15: a mid is an RFC 4566 {@code token}) carrying
 * {@code audio}, {@code video} or {@code screen}, a revision from 1. Refusals are {@code invalid} and name the field.
 */
final class MediaCommands {

    /** RFC 4566 §9 {@code token-char}, 1 to 16 of them. */
    private static final Pattern MID = Pattern.compile("[!#$%&'*+\\-.0-9A-Z^_`a-z{|}~]{1,16}");

    private MediaCommands() {
    }

    /** The offer's sending m-lines as the media API names their tracks. */
    static Map<String, MediaLeg.Track> sending(MeetingCommand.MediaOffer offer) throws CommandRefused {
        sdp(offer.sdp());
        if (offer.sending().size() > MeetingCommand.MediaOffer.MAX_SENDING) {
            throw Refusals.invalid("An offer names at most " + MeetingCommand.MediaOffer.MAX_SENDING
                    + " sending m-lines.");
        }
        Map<String, MediaLeg.Track> tracks = new HashMap<>();
        for (Map.Entry<String, String> line : offer.sending().entrySet()) {
            if (!MID.matcher(line.getKey()).matches()) {
                throw Refusals.invalid("A mid has 1 to 16 token characters.");
            }
            tracks.put(line.getKey(), track(line.getValue()));
        }
        return tracks;
    }

    static void check(MeetingCommand.MediaAnswer answer) throws CommandRefused {
        sdp(answer.sdp());
        if (answer.revision() < 1) {
            throw Refusals.invalid("A revision is a whole number from 1.");
        }
    }

    private static void sdp(String sdp) throws CommandRefused {
        if (sdp.isBlank() || sdp.codePointCount(0, sdp.length()) > MeetingCommand.MediaOffer.MAX_SDP) {
            throw Refusals.invalid("SDP text has 1 to " + MeetingCommand.MediaOffer.MAX_SDP + " characters.");
        }
    }

    private static MediaLeg.Track track(String carries) throws CommandRefused {
        return switch (carries) {
            case "audio" -> MediaLeg.Track.AUDIO;
            case "video" -> MediaLeg.Track.VIDEO;
            case "screen" -> MediaLeg.Track.SCREEN;
            default -> throw Refusals.invalid("A sending m-line carries audio, video or screen.");
        };
    }
}
