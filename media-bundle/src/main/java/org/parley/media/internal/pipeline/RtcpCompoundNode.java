package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtcp.RtcpCompound;
import org.parley.media.internal.rtcp.RtcpRefusal;
import org.parley.media.internal.transport.Packet;

/**
 * A node that reads decrypted compound RTCP (RFC 3550 §6.1) one packet at a time: RTP passes untouched; a compound
 * that does not parse goes to {@link #malformed}; otherwise {@link #take} sees each of its packets, the iterator
 * positioned on it, and the compound passes on. The RTCP nodes of the receive pipeline (parsing, NACK answers, key
 * frame requests) share this walk and differ only in what they take from each packet.
 *
 * <p>Not thread-safe (the conference's thread); allocates nothing.
 */
abstract class RtcpCompoundNode extends Node {
    private final RtcpCompound compound = new RtcpCompound();

    RtcpCompoundNode(String name) {
        super(name);
    }

    @Override
    protected final boolean process(PacketContext context) {
        if (!context.rtcp) {
            return true;
        }
        Packet packet = context.packet;
        if (compound.wrap(packet.array(), packet.offset(), packet.length()) != RtcpRefusal.NONE) {
            return malformed();
        }
        while (compound.next()) {
            take(compound, context.arrivalNanos);
        }
        return true;
    }

    /**
     * What happens to a compound that does not parse; by default it passes, because {@link RtcpParseNode} before
     * this node has counted and dropped it already.
     *
     * @return true to pass the packet on
     */
    boolean malformed() {
        return true;
    }

    /** Takes what this node needs from the current packet of {@code compound} (its type, count and bytes). */
    abstract void take(RtcpCompound compound, long arrivalNanos);
}
