package org.parley.media.internal.forwarding;

import org.parley.media.internal.pipeline.PacketContext;

/**
 * Routes one conference's RTP: a packet a sender's receive pipeline has decrypted and parsed goes to every other
 * leg whose browser accepted that track, each getting its own copy through its send pipeline and transport
 * ({@link Downlink#send}). Never back to the sender; nothing of a track that is not forwarded (muted, stopped,
 * removed); RTX and unannounced SSRCs are dropped and counted on the sender. RTCP is terminated per leg by the
 * pipelines and is not routed here.
 *
 * <p>Threading: run on the I/O thread holding {@link Conference#lock()}. Allocates nothing (STYLE.md rule 12).
 */
public final class Router {
    private final Conference conference;

    Router(Conference conference) {
        this.conference = conference;
    }

    /**
     * Forwards {@code in}, an RTP packet of {@code sender} with {@code in.ssrc} set, to the legs that receive it.
     *
     * @return how many legs it was sent to
     */
    public int route(Leg sender, PacketContext in) {
        LegCounters counters = sender.counters();
        if (in.rtcp) {
            return 0;
        }
        Uplink uplink = sender.uplink();
        PublishedTrack track = uplink.source(in.ssrc);
        if (track == null) {
            counters.drop(uplink.isRetransmission(in.ssrc) ? RouteDrop.RETRANSMISSION : RouteDrop.UNKNOWN_SSRC);
            return 0;
        }
        if (!uplink.forwards(track.track())) {
            counters.drop(RouteDrop.NOT_FORWARDED);
            return 0;
        }
        int reached = 0;
        for (Leg receiver : conference.legs()) {
            Downlink downlink = receiver.downlink();
            if (receiver != sender && downlink.receives(track) && downlink.send(in, track)) {
                reached++;
            }
        }
        return reached;
    }
}
