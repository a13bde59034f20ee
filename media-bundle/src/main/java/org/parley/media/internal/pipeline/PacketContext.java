package org.parley.media.internal.pipeline;

import org.parley.media.internal.transport.Packet;

/**
 * One packet in flight through a pipeline and what the nodes before learned of it. Mutable and reused: the
 * thread that runs a pipeline owns one context and re-points it for every packet, so nothing is allocated.
 * Fields are set by the node that learns them and read by the later ones; {@link #reset} clears them.
 *
 * <p>Not thread-safe; confined to the thread running the pipeline (under its conference's lock).
 */
public final class PacketContext {
    /** The bytes: a view over a pooled buffer (decrypted in place on receive, encrypted in place on send). */
    public final Packet packet = new Packet();
    /** When the packet arrived (receive) or was made (send), in {@code System.nanoTime()} units. */
    public long arrivalNanos;
    /** True for RTCP, false for RTP (set by the demultiplexing node). */
    public boolean rtcp;
    /** The media SSRC of an RTP packet, or the sender SSRC of an RTCP packet. */
    public int ssrc;
    /** The RTP sequence number (16 bits), or -1 for RTCP. */
    public int sequenceNumber = -1;
    /** The RTP timestamp (32 bits unsigned), or -1 for RTCP. */
    public long timestamp = -1;
    /** The RTP payload type, or -1 for RTCP. */
    public int payloadType = -1;
    /** The transport-wide sequence number from the header extension, or -1 when absent. */
    public int transportSequenceNumber = -1;
    /** The audio level in -dBov (0 loudest, 127 silence) from RFC 6464, or -1 when absent. */
    public int audioLevel = -1;
    /** Whether the RFC 6464 voice-activity bit was set. */
    public boolean voiceActivity;
    /** Whether the packet starts a VP8 key frame (set for video only). */
    public boolean keyframe;
    /** The stream the packet belongs to, as the stream table of the transport names it; -1 when unknown. */
    public int stream = -1;
    /** For an RTX packet (RFC 4588 §4), the sequence number of the packet it repairs; -1 otherwise. */
    public int originalSequenceNumber = -1;

    /** Forgets everything learned of the previous packet; the bytes are re-pointed separately. */
    public PacketContext reset() {
        arrivalNanos = 0;
        rtcp = false;
        ssrc = 0;
        sequenceNumber = -1;
        timestamp = -1;
        payloadType = -1;
        transportSequenceNumber = -1;
        audioLevel = -1;
        voiceActivity = false;
        keyframe = false;
        stream = -1;
        originalSequenceNumber = -1;
        return this;
    }
}
