package org.parley.media.internal.forwarding;

import java.util.List;
import java.util.Map;
import org.parley.media.api.MediaLeg.Track;

/**
 * What one leg sends into its conference: its published tracks (at most one per {@link Track}) and whether each
 * may be forwarded. All tracks start not forwarded, as {@link org.parley.media.api.MediaService#open} promises;
 * a host's mute or removal holds here whatever the browser keeps sending.
 *
 * <p>Threading: guarded by the conference lock; {@link #source} runs per packet and allocates nothing.
 */
final class Uplink {
    private static final Track[] TRACKS = Track.values();

    private final PublishedTrack[] published = new PublishedTrack[TRACKS.length];
    private final boolean[] forwarded = new boolean[TRACKS.length];

    /** The published track whose browser SSRC is {@code ssrc}, or null. */
    PublishedTrack source(int ssrc) {
        for (PublishedTrack p : published) {
            if (p != null && p.sourceSsrc() == ssrc) {
                return p;
            }
        }
        return null;
    }

    /** Whether {@code ssrc} is the RTX stream of one of the published tracks. */
    boolean isRetransmission(int ssrc) {
        for (PublishedTrack p : published) {
            if (p != null && p.isRetransmission(ssrc)) {
                return true;
            }
        }
        return false;
    }

    boolean forwards(Track track) {
        return forwarded[track.ordinal()];
    }

    void forward(Track track, boolean on) {
        forwarded[track.ordinal()] = on;
    }

    PublishedTrack published(Track track) {
        return published[track.ordinal()];
    }

    /**
     * Brings the published tracks in line with the browser's latest offer: publishes new ones, withdraws those it
     * no longer sends, and takes new SSRCs of the others (receivers see no change then; their streams follow the
     * tracks added to {@code resourced}).
     *
     * @return whether a track came or went (receivers need a re-offer)
     */
    boolean update(Map<Track, TrackSource> sources, Conference conference, Leg sender,
            List<PublishedTrack> resourced) {
        boolean changed = false;
        for (Track t : TRACKS) {
            PublishedTrack current = published[t.ordinal()];
            TrackSource source = sources.get(t);
            if (source == null && current != null) {
                conference.withdraw(current);
                published[t.ordinal()] = null;
                changed = true;
            } else if (source != null && current == null) {
                published[t.ordinal()] = conference.publish(sender, source);
                changed = true;
            } else if (source != null && current.update(source)) {
                resourced.add(current);
            }
        }
        return changed;
    }

    /** Withdraws every track (the leg closed). */
    boolean withdrawAll(Conference conference) {
        boolean any = false;
        for (int i = 0; i < published.length; i++) {
            if (published[i] != null) {
                conference.withdraw(published[i]);
                published[i] = null;
                any = true;
            }
        }
        return any;
    }
}
