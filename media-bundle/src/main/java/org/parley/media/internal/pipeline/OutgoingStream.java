package org.parley.media.internal.pipeline;

import org.parley.media.internal.srtp.SrtcpContext;
import org.parley.media.internal.srtp.SrtpContext;

/**
 * One stream the SFU sends to one receiver — one m-line slot of the receiver's SDP, with the SSRC announced there —
 * and the per-stream state of the send nodes: its {@link StreamRewriter}, its {@link RetransmissionBuffer} (when the
 * receiver negotiated NACK for it), its outbound SRTP and SRTCP contexts (once DTLS keyed the leg), and the key
 * frame requests of the source bound to it.
 *
 * <p>Made by {@link OutgoingStreams#open}; lives until the slot is closed, across the sources bound to it. Not
 * thread-safe: used under the conference's lock.
 */
public final class OutgoingStream {
    private final int index;
    private final StreamRewriter rewriter;
    private final RetransmissionBuffer retransmissions;
    private SrtpContext srtp;
    private SrtcpContext srtcp;
    private KeyframeRequestThrottle keyframes;

    OutgoingStream(int index, StreamRewriter rewriter, RetransmissionBuffer retransmissions) {
        this.index = index;
        this.rewriter = rewriter;
        this.retransmissions = retransmissions;
    }

    /**
     * Makes {@code sourceSsrc}, translated by {@code translation}, the stream behind this slot from its next packet
     * on (see {@link StreamRewriter#bind}); the receiver's key frame requests go to {@code sourceKeyframes} (null
     * for audio).
     */
    public void bind(int sourceSsrc, HeaderTranslation translation, KeyframeRequestThrottle sourceKeyframes) {
        rewriter.bind(sourceSsrc, translation);
        keyframes = sourceKeyframes;
    }

    /** This stream's index in its {@link OutgoingStreams}: what the router puts in the context. */
    public int index() {
        return index;
    }

    /** The SSRC the receiver's SDP announced for this slot. */
    public int ssrc() {
        return rewriter.ssrc();
    }

    public StreamRewriter rewriter() {
        return rewriter;
    }

    /** The packets kept for NACK, or null when the receiver did not negotiate NACK for this stream. */
    public RetransmissionBuffer retransmissions() {
        return retransmissions;
    }

    /** The key frame requests of the bound source, or null (audio, or nothing bound). */
    public KeyframeRequestThrottle keyframes() {
        return keyframes;
    }

    /** The outbound SRTP context, or null before the leg is keyed. */
    public SrtpContext srtp() {
        return srtp;
    }

    /** The outbound SRTCP context for this SSRC's sender reports, or null before the leg is keyed. */
    public SrtcpContext srtcp() {
        return srtcp;
    }

    void keys(SrtpContext rtp, SrtcpContext rtcp) {
        srtp = rtp;
        srtcp = rtcp;
    }
}
