package org.parley.media.internal.pipeline;

/**
 * Where a node sends packets it makes itself (RTCP feedback, retransmissions): the caller copies the bytes
 * before returning, so the node may reuse its scratch buffer at once.
 */
@FunctionalInterface
public interface PacketOutput {
    /** Sends {@code array[offset, offset + length)} (plain RTP or RTCP, before encryption). */
    void send(byte[] array, int offset, int length);
}
