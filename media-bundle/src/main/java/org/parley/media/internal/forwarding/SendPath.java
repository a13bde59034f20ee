package org.parley.media.internal.forwarding;

import org.parley.media.internal.pipeline.Pipeline;

/**
 * The send side of one receiving leg, as the router drives it: the leg's send {@link #pipeline()} (rewrite,
 * transport-wide numbering, retransmission store, SRTP encrypt) and its outgoing streams, one per forwarded track the
 * browser accepted. The router copies a packet into the leg's buffer, sets {@code PacketContext.stream} to the
 * track's outgoing index from {@link #open}, runs the pipeline and sends what passes.
 *
 * <p>Threading: used under the conference's lock only.
 */
public interface SendPath {

    /** The pipeline every copy for this leg runs through; the same object for the leg's life. */
    Pipeline pipeline();

    /**
     * The browser accepted {@code track} (answered an m-line announcing {@link PublishedTrack#forwardedSsrc()}):
     * opens its outgoing stream.
     *
     * @return the index (≥ 0) the pipeline finds the stream by
     */
    int open(PublishedTrack track);

    /** The sender of {@code track} now sends it with another SSRC: the stream at {@code index} follows it. */
    void rebind(int index, PublishedTrack track);

    /** The browser no longer receives the stream at {@code index} (the track left or its m-line was rejected). */
    void close(int index);

    /** The leg closed: close every stream and give buffers back. */
    void release();
}
