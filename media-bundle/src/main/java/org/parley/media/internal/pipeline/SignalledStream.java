package org.parley.media.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.sdp.MediaDescription;
import org.parley.media.internal.sdp.SessionDescription;
import org.parley.media.internal.sdp.SsrcDescription;
import org.parley.media.internal.sdp.SsrcGroup;

/**
 * One RTP stream a participant's offer says it sends: the track, its media SSRC and its RTX SSRC (RFC 4588,
 * paired by {@code a=ssrc-group:FID}, RFC 5576 §4.2) or -1. What a {@link StreamTable} is filled from.
 */
public record SignalledStream(Track track, long ssrc, long rtxSsrc) {
    private static final long MAX_SSRC = 0xFFFF_FFFFL;

    /** Validates the values (programming errors: the SDP parser has already checked them). */
    public SignalledStream {
        if (track == null || ssrc < 0 || ssrc > MAX_SSRC || rtxSsrc < -1 || rtxSsrc > MAX_SSRC || rtxSsrc == ssrc) {
            throw new IllegalArgumentException("a track, SSRC 0..2^32-1 and a different RTX SSRC (or -1) needed");
        }
    }

    /**
     * The streams of the sending m-lines of a browser's offer: for each m-line named in {@code sending} that is
     * accepted and sends, its first SSRC that is not the RTX half of an FID group, with that SSRC's RTX. Only one
     * media SSRC per m-line is taken (simulcast is not answered yet); an m-line without {@code a=ssrc} lines
     * (rid-only simulcast) yields nothing.
     */
    public static List<SignalledStream> in(SessionDescription offer, Map<String, Track> sending) {
        List<SignalledStream> streams = new ArrayList<>();
        for (MediaDescription media : offer.media()) {
            Track track = media.mid() == null ? null : sending.get(media.mid());
            if (track == null || media.rejected() || !media.direction().sends()) {
                continue;
            }
            long ssrc = firstMediaSsrc(media);
            if (ssrc >= 0) {
                streams.add(new SignalledStream(track, ssrc, media.rtxSsrcOf(ssrc)));
            }
        }
        return streams;
    }

    private static long firstMediaSsrc(MediaDescription media) {
        for (SsrcDescription source : media.ssrcs()) {
            if (!isRtx(media, source.ssrc())) {
                return source.ssrc();
            }
        }
        return -1;
    }

    private static boolean isRtx(MediaDescription media, long ssrc) {
        for (SsrcGroup group : media.ssrcGroups()) {
            if (group.semantics().equals(SsrcGroup.FID) && group.ssrcs().size() == 2 && group.ssrcs().get(1) == ssrc) {
                return true;
            }
        }
        return false;
    }
}
