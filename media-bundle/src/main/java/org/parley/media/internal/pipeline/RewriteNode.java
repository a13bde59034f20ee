package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtp.HeaderExtensions;
import org.parley.media.internal.rtp.RtpHeader;
import org.parley.media.internal.rtp.RtpRefusal;

/**
 * Send pipeline, first node: gives a forwarded RTP packet the receiver's numbering — the {@link StreamRewriter} of
 * the outgoing stream the router chose: on the send side {@link PacketContext#stream} is the receiver's
 * {@link OutgoingStreams} index, set by the router on its copy of the packet. RTCP passes untouched (the SFU's own
 * RTCP is written with the receiver's SSRCs already). Drops, counted here: no such stream, and a header that does
 * not parse (the receive side parsed it, so this means a router bug); the rewriter counts its own refusals.
 *
 * <p>Not thread-safe: one per receiver's send pipeline, run under the conference's lock.
 */
public final class RewriteNode extends Node {
    private final OutgoingStreams streams;
    private final RtpHeader header = new RtpHeader();
    private final HeaderExtensions elements = new HeaderExtensions();
    private long unknownStream;
    private long malformed;

    public RewriteNode(OutgoingStreams streams) {
        super("rewrite");
        this.streams = streams;
    }

    @Override
    protected boolean process(PacketContext context) {
        if (context.rtcp) {
            return true;
        }
        OutgoingStream stream = streams.get(context.stream);
        if (stream == null) {
            unknownStream++;
            return false;
        }
        if (header.wrap(context.packet.array(), context.packet.offset(), context.packet.length()) != RtpRefusal.NONE) {
            malformed++;
            return false;
        }
        return stream.rewriter().rewrite(header, elements, context, context.arrivalNanos);
    }

    /** Packets whose outgoing stream index named no open stream. */
    public long unknownStream() {
        return unknownStream;
    }

    /** Packets whose RTP header did not parse. */
    public long malformed() {
        return malformed;
    }
}
