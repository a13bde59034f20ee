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
 * A leg's media with nothing wired (tests of negotiation and routing): an empty send pipeline, so packets leave as
 * the sender sent them, a stream's index is its track's {@link PublishedTrack#id()}, received packets pass as they
 * are (counted as received), and DTLS is dropped. Under the conference's lock like the real one.
 */
class UnwiredMedia implements LegMedia {
    private final Pipeline empty = new Pipeline(List.of());
    private final LegCounters counters;
    private long accepted;

    /** @param counters the leg's, which count every packet received as accepted */
    UnwiredMedia(LegCounters counters) {
        this.counters = counters;
    }

    @Override
    public Pipeline pipeline() {
        return empty;
    }

    @Override
    public int open(PublishedTrack track) {
        return track.id();
    }

    @Override
    public void rebind(int index, PublishedTrack track) {
        // Nothing is rewritten.
    }

    @Override
    public void close(int index) {
        // Nothing was opened.
    }

    @Override
    public void release() {
        // Nothing held.
    }

    @Override
    public void offered(SessionDescription offer, Map<String, Track> sending, List<SectionPlan> sections,
            DtlsParameters dtls) {
        // No pipeline to configure.
    }

    @Override
    public void forward(Track track, boolean forwarded) {
        // The uplink's flags are the only gate.
    }

    @Override
    public boolean receive(PacketContext context) {
        accepted++;
        counters.received(context.packet.length());
        return !context.rtcp;
    }

    @Override
    public long accepted() {
        return accepted;
    }

    @Override
    public void dtls(Packet packet, PacketReply path) {
        // No DTLS here.
    }

    @Override
    public void tick(long nowNanos, long wallMillis) {
        // Nothing is due.
    }

    @Override
    public KeyframeRequestThrottle keyframes(PublishedTrack own) {
        return null;
    }

    @Override
    public void requestKeyframe(PublishedTrack own, long nowNanos) {
        // Nobody to ask.
    }

    @Override
    public LegCounters.Reception reception() {
        return LegCounters.Reception.NONE;
    }

    @Override
    public List<Pipeline> pipelines() {
        return List.of(empty);
    }
}
