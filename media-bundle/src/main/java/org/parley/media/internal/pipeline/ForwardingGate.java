package org.parley.media.internal.pipeline;

import org.parley.media.api.MediaLeg.Track;

/**
 * Drops the participant's RTP (media and RTX) of a track the host does not let through, so a host's mute,
 * stop-video or stop-share holds on the server whatever the browser sends ({@code MediaLeg.forward}). Every track
 * starts closed. RTCP always passes: reports and feedback are not media. Counted as
 * {@link DropReason#NOT_FORWARDED}.
 *
 * <p>Threading: {@link #allow} from any thread (one volatile write); {@link #process} on the conference's thread
 * reads the flags once per packet. Allocates nothing.
 */
public final class ForwardingGate extends Node {
    private final StreamTable streams;
    private final EndpointCounters counters;
    /** One bit per {@link Track} ordinal. */
    private volatile int open;

    public ForwardingGate(StreamTable streams, EndpointCounters counters) {
        super("forwarding-gate");
        this.streams = streams;
        this.counters = counters;
    }

    /** Lets {@code track} through, or stops it, from the next packet on. */
    public synchronized void allow(Track track, boolean forwarded) {
        int bit = 1 << track.ordinal();
        open = forwarded ? open | bit : open & ~bit;
    }

    /** Whether {@code track} is let through. */
    public boolean allows(Track track) {
        return (open & 1 << track.ordinal()) != 0;
    }

    @Override
    protected boolean process(PacketContext context) {
        if (context.rtcp) {
            return true;
        }
        Track track = context.stream < 0 ? null : streams.track(context.stream);
        if (track == null || !allows(track)) {
            return counters.drop(DropReason.NOT_FORWARDED);
        }
        return true;
    }
}
