package org.parley.meetings.internal.live;

import java.util.Map;
import org.parley.media.api.MediaLeg;
import org.parley.media.api.MediaListener;
import org.parley.media.api.MediaRefused;
import org.parley.media.api.MediaService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A seat's media leg, if it has one: which service opened it and the listener that speaks for it. Pushes the seat's
 * forward flags to the leg: audio while not audio-muted, video while not video-muted, the screen always (sharing is
 * allowed for everyone admitted; a host's stop-video leaves it).
 * <p>
 * Guarded by the room's lock. The leg is called while it is held: the media API's methods return at once and never
 * call a listener from the calling thread or under a media lock, so a listener waiting for the room's lock holds
 * nothing the leg needs (no deadlock), and what the leg says after a call reaches the channel after what this call
 * delivered (an answer before the next server offer).
 */
final class SeatMedia {

    private static final Logger LOG = LoggerFactory.getLogger(SeatMedia.class);

    private MediaLeg leg;
    private MediaService openedBy;
    private MediaListener listener;
    private boolean audioForwarded;
    private boolean videoForwarded;
    private String connectionState;
    private String transport;

    /** Whether the seat has a leg now. */
    boolean open() {
        return leg != null;
    }

    /** Opens the seat's leg with {@code listener}; all tracks then follow the seat's mute state. */
    void open(MediaService service, String meetingId, Seat seat, MediaListener events) throws MediaRefused {
        leg = service.open(meetingId, seat.id(), events);
        openedBy = service;
        listener = events;
        audioForwarded = !seat.view().audioMuted();
        videoForwarded = !seat.view().videoMuted();
        leg.forward(MediaLeg.Track.AUDIO, audioForwarded);
        leg.forward(MediaLeg.Track.VIDEO, videoForwarded);
        leg.forward(MediaLeg.Track.SCREEN, true);
    }

    String offer(String sdp, Map<String, MediaLeg.Track> sending) throws MediaRefused {
        return leg.offer(sdp, sending);
    }

    void answer(long revision, String sdp) throws MediaRefused {
        leg.answer(revision, sdp);
    }

    /** The seat's mute state changed: tracks that changed are switched on the server, whatever the browser sends. */
    void follow(boolean audioMuted, boolean videoMuted) {
        if (leg == null) {
            return;
        }
        if (audioForwarded == audioMuted) {
            audioForwarded = !audioMuted;
            leg.forward(MediaLeg.Track.AUDIO, audioForwarded);
        }
        if (videoForwarded == videoMuted) {
            videoForwarded = !videoMuted;
            leg.forward(MediaLeg.Track.VIDEO, videoForwarded);
        }
    }

    /** The leg's last connection state ({@code connected}, {@code failed}...) and transport ({@code udp}/{@code tcp}). */
    void connection(String state, String via) {
        connectionState = state;
        transport = via;
    }

    /** The leg's counters and connection, for the admin's roster; null without a leg. */
    ConnectionQuality quality() {
        return leg == null ? null : ConnectionQuality.of(connectionState, transport, leg.stats());
    }

    /** Whether {@code events} is the listener of the leg open now (callbacks of a closed leg are ignored). */
    boolean speaksFor(MediaListener events) {
        return leg != null && listener == events;
    }

    boolean openedBy(MediaService service) {
        return leg != null && openedBy == service;
    }

    /** Closes the leg (if any) and forgets it; the next browser offer opens a new one. */
    void close() {
        MediaLeg closing = leg;
        leg = null;
        openedBy = null;
        listener = null;
        connectionState = null;
        transport = null;
        if (closing == null) {
            return;
        }
        try {
            closing.close();
        } catch (RuntimeException e) {
            // A leg of a media service that is stopping may fail to close; the seat has let go of it either way.
            LOG.warn("Closing a media leg failed: {}", e.toString());
        }
    }
}
