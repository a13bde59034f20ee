package org.parley.media.internal.pipeline;

import org.parley.media.internal.rtp.BigEndian;
import org.parley.media.internal.transport.BufferPool;

/**
 * Packets as a Chrome sender's arrive at the send side (already decrypted), for the send-side tests: RTP with the
 * one-byte extension form carrying audio level (id 1), transport-cc (id 3) and mid (id 4), in pool-sized arrays.
 *
 * <pre>
 *  0: 90 PT  seq seq | ts ts ts ts | ssrc ssrc ssrc ssrc
 * 12: be de 00 02    | 10 LL 31 TT  TT 40 30 00           (level, transport-cc, mid "0", padding)
 * 24: payload: byte i = i * 7 + seq
 * </pre>
 */
final class SendPackets {
    static final int HEADER_LENGTH = 24;
    static final int AUDIO_LEVEL_ID = 1;
    static final int TRANSPORT_CC_ID = 3;
    static final int MID_ID = 4;
    static final int LEVEL_AT = 17;
    static final int TRANSPORT_CC_AT = 19;
    static final int MID_AT = 22;
    static final int OPUS = 111;
    static final int VP8 = 96;

    private SendPackets() {
    }

    /** Writes the packet at {@code offset} of {@code array}; returns its length. */
    static int write(byte[] array, int offset, int payloadType, int sequence, long timestamp, int ssrc,
            int transportSequence, int payload) {
        array[offset] = (byte) 0x90;
        array[offset + 1] = (byte) payloadType;
        BigEndian.putUint16(array, offset + 2, sequence);
        BigEndian.putInt32(array, offset + 4, timestamp);
        BigEndian.putInt32(array, offset + 8, ssrc);
        BigEndian.putInt32(array, offset + 12, 0xBEDE0002L);
        array[offset + LEVEL_AT - 1] = 0x10;
        array[offset + LEVEL_AT] = 0x2A;
        array[offset + TRANSPORT_CC_AT - 1] = 0x31;
        BigEndian.putUint16(array, offset + TRANSPORT_CC_AT, transportSequence);
        array[offset + MID_AT - 1] = 0x40;
        array[offset + MID_AT] = '0';
        array[offset + MID_AT + 1] = 0;
        for (int i = 0; i < payload; i++) {
            array[offset + HEADER_LENGTH + i] = (byte) (i * 7 + sequence);
        }
        return HEADER_LENGTH + payload;
    }

    /** A new pool-sized array holding the packet at offset 0. */
    static byte[] packet(int payloadType, int sequence, long timestamp, int ssrc, int payload) {
        byte[] array = new byte[BufferPool.BUFFER_BYTES];
        write(array, 0, payloadType, sequence, timestamp, ssrc, 0x7777, payload);
        return array;
    }

    /** Points {@code context} at {@code length} bytes of {@code array}, as the router would for stream {@code out}. */
    static PacketContext forward(PacketContext context, byte[] array, int length, int out, long nanos) {
        context.reset();
        context.packet.wrap(array, 0, length, null);
        context.stream = out;
        context.arrivalNanos = nanos;
        return context;
    }
}
