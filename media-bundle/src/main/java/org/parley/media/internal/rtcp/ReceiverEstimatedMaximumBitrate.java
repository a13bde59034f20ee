package org.parley.media.internal.rtcp;

import org.parley.media.internal.rtp.BigEndian;

/**
 * A reusable view of the receiver estimated maximum bitrate message (draft-alvestrand-rmcat-remb-03 §2.2, PSFB
 * FMT 15 with the identifier "REMB"); parse only. The bitrate is mantissa × 2^exponent bits per second,
 * saturated at {@link Long#MAX_VALUE}. Allocates nothing; not thread-safe.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P| FMT=15  |   PT=206      |             length            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of packet sender                        |
 * |                  SSRC of media source (0)                     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Unique identifier 'R' 'E' 'M' 'B'                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Num SSRC     | BR Exp    |  BR Mantissa                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   SSRC feedback                                               |  Num SSRC times
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class ReceiverEstimatedMaximumBitrate extends FeedbackView {

    public static final int FORMAT = 15;
    /** "REMB" in ASCII. */
    static final int IDENTIFIER = 0x52454D42;
    static final int NUM_SSRC_OFFSET = FCI_OFFSET + 4;
    static final int BITRATE_OFFSET = FCI_OFFSET + 5;
    static final int SSRCS_OFFSET = FCI_OFFSET + 8;
    static final int EXPONENT_SHIFT = 18;
    static final int MANTISSA_MASK = (1 << EXPONENT_SHIFT) - 1;
    static final int SSRC_LENGTH = 4;

    /** Points the view at one packet of a compound; checks type, FMT, identifier and the SSRC count. */
    public RtcpRefusal wrap(byte[] array, int offset, int length) {
        RtcpRefusal reason = beginFeedback(array, offset, length, RtcpHeader.PSFB, FORMAT, SSRCS_OFFSET - FCI_OFFSET);
        if (reason != RtcpRefusal.NONE) {
            return reason;
        }
        int identifier = BigEndian.int32(array, offset + FCI_OFFSET);
        if (identifier != IDENTIFIER) {
            return refuse(RtcpRefusal.BAD_IDENTIFIER, IDENTIFIER, identifier);
        }
        int need = SSRCS_OFFSET + ssrcCount() * SSRC_LENGTH;
        return need > length ? refuse(RtcpRefusal.COUNT_PAST_END, need, length) : accept();
    }

    /** The estimate in bits per second. */
    public long bitrate() {
        int field = BigEndian.uint24(array, offset + BITRATE_OFFSET);
        int exponent = field >>> EXPONENT_SHIFT;
        long mantissa = field & MANTISSA_MASK;
        if (mantissa != 0 && Long.numberOfLeadingZeros(mantissa) <= exponent) {
            return Long.MAX_VALUE;
        }
        return mantissa << exponent;
    }

    /** The number of SSRCs the estimate applies to. */
    public int ssrcCount() {
        return BigEndian.uint8(array, offset + NUM_SSRC_OFFSET);
    }

    /** The {@code index}th SSRC the estimate applies to. */
    public int ssrc(int index) {
        if (index < 0 || index >= ssrcCount()) {
            throw new IndexOutOfBoundsException(index);
        }
        return BigEndian.int32(array, offset + SSRCS_OFFSET + index * SSRC_LENGTH);
    }
}
