package org.parley.media.internal.forwarding;

import org.parley.media.internal.pipeline.PacketContext;
import org.parley.media.internal.pipeline.PacketOutput;
import org.parley.media.internal.pipeline.Pipeline;
import org.parley.media.internal.transport.BufferPool;

/**
 * The way out for the RTCP the SFU makes itself for one browser — transport-cc feedback, NACKs, key frame requests
 * and reports, written plain by the nodes: copied into this sender's own buffer (so SRTCP can grow it in place and
 * the node may reuse its scratch at once), run through the leg's send pipeline (which only encrypts RTCP, under its
 * first sender SSRC: the leg's local SSRC or a stream's) and handed to the wire.
 *
 * <p>Not thread-safe: used under the conference's lock (the receive pipelines, the tick). Allocates nothing.
 */
final class RtcpSender implements PacketOutput {
    private final byte[] buffer = new byte[BufferPool.BUFFER_BYTES];
    private final PacketContext context = new PacketContext();
    private final Pipeline pipeline;
    private final PacketOutput wire;
    private long dropped;

    /**
     * @param pipeline the leg's send pipeline
     * @param wire sends encrypted bytes to the browser
     */
    RtcpSender(Pipeline pipeline, PacketOutput wire) {
        this.pipeline = pipeline;
        this.wire = wire;
    }

    @Override
    public void send(byte[] array, int offset, int length) {
        if (length > buffer.length) {
            dropped++;
            return;
        }
        System.arraycopy(array, offset, buffer, 0, length);
        context.reset();
        context.rtcp = true;
        context.arrivalNanos = System.nanoTime();
        context.packet.wrap(buffer, 0, length, null);
        if (pipeline.run(context)) {
            wire.send(buffer, context.packet.offset(), context.packet.length());
        } else {
            dropped++;
        }
    }

    /** SFU-made RTCP packets that did not go out (no keys yet, too large). */
    long dropped() {
        return dropped;
    }
}
