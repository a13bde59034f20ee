package org.parley.media.internal.forwarding;

/**
 * Why the router did not forward a packet, as counters and {@code /metrics} name it (the router's drops; the
 * pipeline nodes count theirs by {@link org.parley.media.internal.pipeline.DropReason} and node name).
 */
public enum RouteDrop {
    /** The sender's track is not forwarded (muted by itself or a host, video stopped, removed). */
    NOT_FORWARDED("not-forwarded"),
    /** An RTP packet whose SSRC the sender's SDP did not announce for a track it sends. */
    UNKNOWN_SSRC("unknown-ssrc"),
    /** An RTX retransmission (RFC 4588): receivers are not offered RTX yet. */
    RETRANSMISSION("retransmission"),
    /** The receiving leg has no bound transport yet (ICE not done) or any more. */
    NOT_CONNECTED("not-connected");

    private final String label;

    RouteDrop(String label) {
        this.label = label;
    }

    /** The name in metrics and statistics. */
    public String label() {
        return label;
    }
}
