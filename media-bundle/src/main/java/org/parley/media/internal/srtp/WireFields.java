package org.parley.media.internal.srtp;

/**
 * The few RTP and RTCP header fields SRTP needs, read here because SRTP is the layer below the RTP/RTCP views
 * (RFC 3550 §5.1, §6.4.1). The RTP header, whose length SRTP must know to leave it unencrypted:
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|X|  CC   |M|     PT      |       sequence number         |
 * |                           timestamp                           |
 * |           synchronization source (SSRC) identifier            |
 * |            contributing source (CSRC) identifiers (CC)        |
 * |   defined by profile (X=1)    |        length (in words)      |
 * |                        header extension                       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * RTCP: {@code V=2|P|RC|PT|length}, then the sender's SSRC at byte 4; SRTCP leaves these 8 bytes in the clear.
 * {@link #rtpHeaderLength} returns a length, or a negative code that {@link #refusal} names.
 */
final class WireFields {
    static final int RTP_FIXED_HEADER = 12;
    static final int RTCP_CLEAR_HEADER = 8;
    static final int SEQUENCE_AT = 2;
    static final int RTP_SSRC_AT = 8;
    static final int RTCP_SSRC_AT = 4;
    private static final int VERSION_SHIFT = 6;
    private static final int VERSION = 2;
    private static final int EXTENSION_BIT = 0x10;
    private static final int CSRC_COUNT_MASK = 0x0F;
    private static final int EXTENSION_HEADER = 4;
    private static final int WORD = 4;
    private static final int TOO_SHORT = -1;
    private static final int BAD_VERSION = -2;
    private static final int PAST_END = -3;

    private WireFields() {
    }

    /** The RTP header length (CSRCs and extension included) inside {@code [offset, offset + length)}, or < 0. */
    static int rtpHeaderLength(byte[] array, int offset, int length) {
        if (length < RTP_FIXED_HEADER) {
            return TOO_SHORT;
        }
        int first = array[offset] & 0xFF;
        if (first >>> VERSION_SHIFT != VERSION) {
            return BAD_VERSION;
        }
        int header = RTP_FIXED_HEADER + WORD * (first & CSRC_COUNT_MASK);
        if ((first & EXTENSION_BIT) != 0) {
            if (header + EXTENSION_HEADER > length) {
                return PAST_END;
            }
            header += EXTENSION_HEADER + WORD * uint16(array, offset + header + 2);
        }
        return header <= length ? header : PAST_END;
    }

    /** True when the RTCP version field is 2. */
    static boolean rtcpVersionOk(byte[] array, int offset) {
        return (array[offset] & 0xFF) >>> VERSION_SHIFT == VERSION;
    }

    static SrtpRefusal refusal(int code) {
        switch (code) {
            case TOO_SHORT:
                return SrtpRefusal.TOO_SHORT;
            case BAD_VERSION:
                return SrtpRefusal.BAD_VERSION;
            default:
                return SrtpRefusal.HEADER_PAST_END;
        }
    }

    static int uint16(byte[] array, int at) {
        return (array[at] & 0xFF) << 8 | array[at + 1] & 0xFF;
    }

    static int int32(byte[] array, int at) {
        return (array[at] & 0xFF) << 24 | (array[at + 1] & 0xFF) << 16 | (array[at + 2] & 0xFF) << 8
                | array[at + 3] & 0xFF;
    }

    static void putInt32(byte[] array, int at, int value) {
        array[at] = (byte) (value >>> 24);
        array[at + 1] = (byte) (value >>> 16);
        array[at + 2] = (byte) (value >>> 8);
        array[at + 3] = (byte) value;
    }
}
