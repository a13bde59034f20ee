package org.parley.media.internal.forwarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.parley.media.api.MediaListener;
import org.parley.media.internal.pipeline.DominantSpeaker;
import org.parley.media.api.MediaRefused;
import org.parley.media.internal.sdp.Msid;
import org.parley.media.internal.sdp.RemoteTrack;
import org.parley.media.internal.transport.BufferPool;

/**
 * The legs of one meeting and the tracks they publish: every leg receives every other leg's tracks. Owns the
 * meeting's one {@link ReentrantLock}, which guards all of it and its legs — never a lock shared across meetings —
 * and which the I/O thread holds while it runs a leg's receive pipeline and the {@link Router}. Made on the first
 * leg by {@link Conferences}, retired when its last leg leaves (a retired conference takes no more legs).
 *
 * <p>Also the meeting's dominant speaker: the receive side reports changes with {@link #speakerChanged}; every leg
 * hears it, later, from its event queue.
 */
public final class Conference {
    /** Send buffers kept for re-use by joining legs; more legs allocate theirs (at join, never per packet). */
    private static final int POOLED_BUFFERS = 4;

    private final String meetingId;
    private final Conferences owner;
    private final ReentrantLock lock = new ReentrantLock();
    private final BufferPool buffers = new BufferPool(POOLED_BUFFERS);
    private final Router router = new Router(this);
    private final DominantSpeaker speakers = new DominantSpeaker();
    private final Map<Integer, PublishedTrack> tracks = new TreeMap<>();
    private Leg[] legs = new Leg[0];
    private int nextTrackId = 1;
    private String speaker;
    private boolean retired;

    Conference(String meetingId, Conferences owner) {
        this.meetingId = meetingId;
        this.owner = owner;
    }

    public String meetingId() {
        return meetingId;
    }

    /** The meeting's lock; hold it to run a leg's pipelines or the router. */
    public ReentrantLock lock() {
        return lock;
    }

    public Router router() {
        return router;
    }

    /** The published track with {@code id}, or null (it left); under the lock. */
    public PublishedTrack track(int id) {
        return tracks.get(id);
    }

    /** The published track receivers know by {@code forwardedSsrc} (for their PLI, FIR and NACK), or null. */
    public PublishedTrack trackByForwardedSsrc(int forwardedSsrc) {
        for (PublishedTrack t : tracks.values()) {
            if (t.forwardedSsrc() == forwardedSsrc) {
                return t;
            }
        }
        return null;
    }

    /** The meeting's dominant speaker detection; under the lock. */
    public DominantSpeaker speakers() {
        return speakers;
    }

    /**
     * The conference's timer (every few tens of milliseconds, holding the lock): every leg sends the feedback and
     * reports that are due, and a speaker who stopped sending packets fades.
     */
    public void tick(long nowNanos, long wallMillis) {
        for (Leg leg : legs) {
            leg.media().tick(nowNanos, wallMillis);
        }
        int changed = speakers.evaluate(nowNanos);
        if (changed != DominantSpeaker.NO_CHANGE) {
            speakerChanged(speakers.participantId(changed));
        }
    }

    /** The legs now (no copy: the array is replaced, never changed); under the lock. */
    public Leg[] currentLegs() {
        return legs;
    }

    /** The receive side found a new dominant speaker: every leg hears it (queued, never under this lock's holder). */
    public void speakerChanged(String participantId) {
        if (participantId.equals(speaker)) {
            return;
        }
        speaker = participantId;
        for (Leg leg : legs) {
            leg.events().speaker(participantId);
        }
    }

    /** A new leg of {@code participantId}; refused when the participant already has one here. Under the lock. */
    Leg join(String participantId, MediaListener listener, MediaEnvironment environment) throws MediaRefused {
        for (Leg leg : legs) {
            if (leg.participantId().equals(participantId)) {
                throw new MediaRefused("participant " + participantId + " already has an open media leg in meeting "
                        + meetingId);
            }
        }
        LegEvents events = new LegEvents(environment.events(), listener, meetingId, participantId);
        Leg leg = new Leg(this, participantId, events, environment, buffers.take());
        legs = Arrays.copyOf(legs, legs.length + 1);
        legs[legs.length - 1] = leg;
        if (speaker != null) {
            events.speaker(speaker);
        }
        return leg;
    }

    /** Takes {@code leg} out and frees its buffer; the last one out retires the conference. Under the lock. */
    void remove(Leg leg, Downlink downlink) {
        downlink.release(buffers);
        legs = Arrays.stream(legs).filter(l -> l != leg).toArray(Leg[]::new);
        owner.retireLeg(leg);
        if (legs.length == 0) {
            retired = true;
            owner.retire(this);
        }
    }

    boolean isRetired() {
        return retired;
    }

    /** The legs now, for the router (no copy: the array is replaced, never changed). Under the lock. */
    Leg[] legs() {
        return legs;
    }

    /** Publishes {@code source} of {@code sender} with an SSRC no other track of the conference uses. */
    PublishedTrack publish(Leg sender, TrackSource source) {
        long ssrc;
        do {
            ssrc = RandomTokens.ssrc(sender.environment().random());
        } while (ssrcInUse(ssrc));
        PublishedTrack track = new PublishedTrack(nextTrackId++, sender, source, ssrc, sender.cname());
        tracks.put(track.id(), track);
        return track;
    }

    private boolean ssrcInUse(long ssrc) {
        for (PublishedTrack t : tracks.values()) {
            if (t.forwardedSsrc() == (int) ssrc || t.sourceSsrc() == (int) ssrc) {
                return true;
            }
        }
        return false;
    }

    void withdraw(PublishedTrack track) {
        tracks.remove(track.id());
    }

    /** What {@code receiver} should be offered: every other leg's tracks, oldest first. */
    List<RemoteTrack> tracksFor(Leg receiver) {
        List<RemoteTrack> offered = new ArrayList<>();
        for (PublishedTrack t : tracks.values()) {
            if (t.sender() != receiver) {
                offered.add(t.forwarded());
            }
        }
        return offered;
    }

    PublishedTrack trackByMsid(Msid msid) {
        for (PublishedTrack t : tracks.values()) {
            if (t.forwarded().msid().equals(msid)) {
                return t;
            }
        }
        return null;
    }

    /** The sender of {@code track} changed its SSRC: every receiver's stream follows. Under the lock. */
    void resourced(PublishedTrack track) {
        for (Leg leg : legs) {
            if (leg != track.sender()) {
                leg.downlink().rebind(track);
            }
        }
    }

    /** Tracks of {@code changed} came or went: every other leg re-offers (each coalesces its own). */
    void tracksChanged(Leg changed) {
        for (Leg leg : legs) {
            if (leg != changed) {
                leg.renegotiate();
            }
        }
    }

    @Override
    public String toString() {
        return "Conference[" + meetingId + ", " + legs.length + " legs]";
    }
}
