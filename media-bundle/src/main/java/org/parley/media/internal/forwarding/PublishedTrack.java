package org.parley.media.internal.forwarding;

import java.util.Locale;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.sdp.MediaKind;
import org.parley.media.internal.sdp.Msid;
import org.parley.media.internal.sdp.RemoteTrack;

/**
 * One track a participant sends into its conference, as the SFU forwards it: a conference-wide {@link #id()} (never
 * reused, so a receiver's bit for a track that left cannot match a new one), the sender's SSRCs as its browser
 * announced them, and what every receiver's SDP announces instead — an SSRC the SFU chose, unique in the conference,
 * and the msid {@code <participantId>} (microphone, camera) or {@code <participantId>~screen} (screen share), so
 * receivers group a participant's tracks into one stream and tell the screen apart.
 *
 * <p>Threading: the source SSRCs change when the sender re-offers; they are written and read under the conference
 * lock. Everything else is immutable.
 */
public final class PublishedTrack {
    /** Appended to the participant id in the msid stream id of a screen share. */
    static final String SCREEN_SUFFIX = "~screen";

    private final int id;
    private final Leg sender;
    private final Track track;
    private final RemoteTrack forwarded;
    private String sourceMid;
    private long sourceSsrc;
    private long sourceRtxSsrc;

    PublishedTrack(int id, Leg sender, TrackSource source, long forwardedSsrc, String cname) {
        this.id = id;
        this.sender = sender;
        this.track = source.track();
        this.forwarded = new RemoteTrack(track == Track.AUDIO ? MediaKind.AUDIO : MediaKind.VIDEO,
                msid(sender.participantId(), track, id), forwardedSsrc, -1, cname);
        update(source);
    }

    /**
     * The msid a receiver sees for {@code participantId}'s {@code track} with conference-wide id {@code id}. The track
     * id (RFC 8830 §2's appdata) names the kind and the id, e.g. {@code audio-7}: unique in every receiver's peer
     * connection, so that a page (or a browser) that keeps remote tracks by id never confuses two senders' tracks.
     */
    static Msid msid(String participantId, Track track, int id) {
        String stream = track == Track.SCREEN ? participantId + SCREEN_SUFFIX : participantId;
        return new Msid(stream, track.name().toLowerCase(Locale.ROOT) + "-" + id);
    }

    /**
     * Takes the m-line and SSRCs of the sender's latest offer; receivers keep seeing {@link #forwardedSsrc()}.
     *
     * @return whether the media SSRC changed (receivers' streams must follow the new source)
     */
    boolean update(TrackSource source) {
        boolean changed = sourceMid != null && source.ssrc() != sourceSsrc;
        sourceMid = source.mid();
        sourceSsrc = source.ssrc();
        sourceRtxSsrc = source.rtxSsrc();
        return changed;
    }

    /** The mid of the sender's m-line that carries the track (its payload types and extension ids). */
    public String sourceMid() {
        return sourceMid;
    }

    /** Conference-wide id, set as {@code PacketContext.stream} on the copies the router makes. */
    public int id() {
        return id;
    }

    public Leg sender() {
        return sender;
    }

    public Track track() {
        return track;
    }

    /** The track as every receiver's SDP describes it. */
    public RemoteTrack forwarded() {
        return forwarded;
    }

    /** The SSRC receivers see: the send side rewrites {@link #sourceSsrc()} to it. */
    public int forwardedSsrc() {
        return (int) forwarded.ssrc();
    }

    /** The SSRC the sender's browser sends the track with (as the int the packet carries). */
    public int sourceSsrc() {
        return (int) sourceSsrc;
    }

    /** Whether {@code ssrc} is this track's RTX stream (RFC 4588). */
    boolean isRetransmission(int ssrc) {
        return sourceRtxSsrc >= 0 && (int) sourceRtxSsrc == ssrc;
    }

    @Override
    public String toString() {
        return "PublishedTrack[" + id + " " + forwarded.msid().attributeValue() + "]";
    }
}
