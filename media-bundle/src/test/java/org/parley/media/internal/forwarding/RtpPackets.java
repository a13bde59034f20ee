package org.parley.media.internal.forwarding;

import org.parley.media.internal.pipeline.PacketContext;
import org.parley.media.internal.transport.BufferPool;

/** Plain RTP packets (RFC 3550 §5.1: 12-byte header, no CSRC, no extension) as a receive pipeline leaves them. */
final class RtpPackets {
    private static final int HEADER_BYTES = 12;
    private static final int VERSION_2 = 0x80;

    private RtpPackets() {
    }

    /** Points {@code context} at a new pooled-size buffer holding an RTP packet of {@code ssrc}. */
    static PacketContext packet(PacketContext context, int ssrc, int sequence, int payloadBytes) {
        byte[] buffer = new byte[BufferPool.BUFFER_BYTES];
        write(buffer, ssrc, sequence, payloadBytes);
        context.reset();
        context.packet.wrap(buffer, 0, HEADER_BYTES + payloadBytes, null);
        context.ssrc = ssrc;
        context.sequenceNumber = sequence;
        return context;
    }

    /** Writes the header and a payload counting up from the sequence number. */
    static void write(byte[] buffer, int ssrc, int sequence, int payloadBytes) {
        buffer[0] = (byte) VERSION_2;
        buffer[1] = (byte) 111;
        buffer[2] = (byte) (sequence >>> 8);
        buffer[3] = (byte) sequence;
        for (int i = 0; i < 4; i++) {
            buffer[4 + i] = (byte) (sequence >>> (24 - 8 * i));
            buffer[8 + i] = (byte) (ssrc >>> (24 - 8 * i));
        }
        for (int i = 0; i < payloadBytes; i++) {
            buffer[HEADER_BYTES + i] = (byte) (sequence + i);
        }
    }
}
