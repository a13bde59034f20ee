package org.parley.media.internal.forwarding;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.api.MediaRefused;
import org.parley.media.internal.sdp.CodecSelection;
import org.parley.media.internal.sdp.MediaDescription;
import org.parley.media.internal.sdp.MediaKind;
import org.parley.media.internal.sdp.SessionDescription;
import org.parley.media.internal.sdp.SsrcDescription;
import org.parley.media.internal.sdp.SsrcGroup;

/**
 * Reads what a browser's offer sends the SFU and checks it against the caller's {@code sending} map (mid → track):
 * every m-line the SFU will receive on (bundled, not rejected, the browser sends, Opus or VP8, not one of the SFU's
 * own m-lines) must be named, with a track of its kind (audio → AUDIO, video → VIDEO or SCREEN), each track at most
 * once, and no SSRC on two m-lines. An m-line without {@code a=ssrc} (simulcast by rid, RFC 8853) is accepted but
 * not forwarded: the SFU routes by SSRC and does not answer simulcast yet. Stateless.
 */
final class SenderOffer {

    private SenderOffer() {
    }

    /**
     * @param serverMids mids of the m-lines the SFU sends on (its re-offers'), on which it never receives
     * @return the tracks the browser sends, by track
     */
    static Map<Track, TrackSource> read(SessionDescription offer, Map<String, Track> sending, Set<String> serverMids)
            throws MediaRefused {
        for (String mid : sending.keySet()) {
            if (offer.media(mid) == null) {
                throw new MediaRefused("sending names mid " + mid + ", which the offer does not have");
            }
        }
        Map<Track, TrackSource> sources = new EnumMap<>(Track.class);
        Map<Long, String> ssrcs = new HashMap<>();
        for (MediaDescription m : offer.media()) {
            if (!received(offer, m, serverMids)) {
                continue;
            }
            Track track = sending.get(m.mid());
            if (track == null) {
                throw new MediaRefused("m-line mid " + m.mid() + " sends " + m.media() + " but sending does not say"
                        + " which track it is (audio, video or screen)");
            }
            if ((track == Track.AUDIO) != (m.kind() == MediaKind.AUDIO)) {
                throw new MediaRefused("m-line mid " + m.mid() + " is " + m.media() + ", not a "
                        + track.name().toLowerCase(Locale.ROOT) + " track");
            }
            TrackSource source = source(track, m);
            if (sources.containsKey(track)) {
                throw new MediaRefused("mids " + sources.get(track).mid() + " and " + m.mid() + " both send the "
                        + track.name().toLowerCase(Locale.ROOT) + " track");
            }
            if (source != null) {
                claim(ssrcs, source.ssrc(), m.mid());
                if (source.rtxSsrc() >= 0) {
                    claim(ssrcs, source.rtxSsrc(), m.mid());
                }
                sources.put(track, source);
            }
        }
        return sources;
    }

    /** Whether the SFU's answer will receive on {@code m} (mirrors AnswerWriter's direction rule). */
    private static boolean received(SessionDescription offer, MediaDescription m, Set<String> serverMids) {
        return !m.rejected() && m.direction().sends() && offer.bundle().contains(m.mid())
                && !serverMids.contains(m.mid()) && CodecSelection.select(m) != null;
    }

    /** The m-line's media SSRC (the first one that is not another's RTX) and its RTX pair; null without SSRCs. */
    private static TrackSource source(Track track, MediaDescription m) {
        for (SsrcDescription s : m.ssrcs()) {
            if (!isRetransmission(m, s.ssrc())) {
                return new TrackSource(track, m.mid(), s.ssrc(), m.rtxSsrcOf(s.ssrc()));
            }
        }
        return null;
    }

    private static boolean isRetransmission(MediaDescription m, long ssrc) {
        for (SsrcGroup g : m.ssrcGroups()) {
            if (g.semantics().equals(SsrcGroup.FID) && g.ssrcs().size() == 2 && g.ssrcs().get(1) == ssrc) {
                return true;
            }
        }
        return false;
    }

    private static void claim(Map<Long, String> ssrcs, long ssrc, String mid) throws MediaRefused {
        String earlier = ssrcs.putIfAbsent(ssrc, mid);
        if (earlier != null) {
            throw new MediaRefused("SSRC " + ssrc + " is announced on m-lines " + earlier + " and " + mid);
        }
    }
}
