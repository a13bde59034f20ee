package org.parley.media.internal.forwarding;

import java.util.List;
import java.util.Map;

import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.pipeline.KeyframeRequestThrottle;
import org.parley.media.internal.pipeline.PacketContext;
import org.parley.media.internal.pipeline.Pipeline;
import org.parley.media.internal.sdp.SectionPlan;
import org.parley.media.internal.sdp.SessionDescription;
import org.parley.media.internal.transport.Packet;
import org.parley.media.internal.transport.PacketReply;

/**
 * The packet side of one leg: its receive pipeline (decrypt, parse, feedback, gate, observers), its send path (the
 * {@link SendPath} the router drives), its DTLS association and SRTP keys, and the feedback and reports the SFU makes
 * for the browser on the conference's tick. Built once per leg by the environment's {@link LegMediaBuilder}.
 *
 * <p>Threading: everything under the conference's lock, except {@link #dtls} (the I/O thread, no lock) and
 * {@link #forward} (any thread). Lifecycle: from the leg's constructor until {@link #release()} (the leg ended).
 */
public interface LegMedia extends SendPath {

    /**
     * The browser's offer was answered: {@code sending} names its sending m-lines, {@code sections} are the
     * negotiated m-lines (payload types, extension ids), {@code dtls} the handshake's role and fingerprint.
     */
    void offered(SessionDescription offer, Map<String, Track> sending, List<SectionPlan> sections,
            DtlsParameters dtls);

    /** Lets the participant's {@code track} through to the others, or stops it (a host's mute holds here). */
    void forward(Track track, boolean forwarded);

    /**
     * Runs one SRTP or SRTCP packet from the browser (view and arrival time set in {@code context}) through the
     * receive pipeline. Allocates nothing.
     *
     * @return true when RTP media of a forwarded track came out, for the router
     */
    boolean receive(PacketContext context);

    /** Packets accepted so far (authenticated): a change after {@link #receive} means the browser is alive. */
    long accepted();

    /** One DTLS datagram from the browser on {@code path}; I/O thread, no lock held, never blocks. */
    void dtls(Packet packet, PacketReply path);

    /** Sends what is due at {@code nowNanos}: transport-cc feedback, repeated NACKs, RTCP reports. */
    void tick(long nowNanos, long wallMillis);

    /** The key frame requests toward one of this leg's own video tracks (null for audio or when unwired). */
    KeyframeRequestThrottle keyframes(PublishedTrack own);

    /**
     * Asks this leg's browser for a key frame of its own video track {@code own} (a receiver starts receiving it),
     * unless the leg has no SRTP keys yet: then the request could not go out, and the keys' arrival asks anyway.
     */
    void requestKeyframe(PublishedTrack own, long nowNanos);

    /** Loss, jitter and round trip as the receive side measures them. */
    LegCounters.Reception reception();

    /** Every pipeline of the leg, for the drop counts of their nodes. */
    List<Pipeline> pipelines();
}
