package org.parley.media.internal.rtcp;

import org.parley.media.internal.rtp.BigEndian;

/**
 * A reusable view of a BYE packet (RFC 3550 §6.6): the sources leaving and an optional reason. Allocates nothing;
 * not thread-safe.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|    SC   |   PT=BYE=203  |             length            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           SSRC/CSRC                           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * :                              ...                              :
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |     length    |               reason for leaving            ... (opt)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class Goodbye extends RtcpView {

    static final int SSRC_LENGTH = 4;

    private int reasonOffset;
    private int reasonLength;

    /** Points the view at one packet of a compound and checks its type, source count and reason length. */
    public RtcpRefusal wrap(byte[] array, int offset, int length) {
        reasonOffset = -1;
        reasonLength = 0;
        RtcpRefusal reason = begin(array, offset, length, RtcpHeader.BYE, -1, RtcpHeader.HEADER_LENGTH);
        if (reason != RtcpRefusal.NONE) {
            return reason;
        }
        int sourcesEnd = RtcpHeader.HEADER_LENGTH + count() * SSRC_LENGTH;
        if (sourcesEnd > length) {
            return refuse(RtcpRefusal.COUNT_PAST_END, sourcesEnd, length);
        }
        if (sourcesEnd < length) {
            int textLength = array[offset + sourcesEnd] & 0xFF;
            if (sourcesEnd + 1 + textLength > length) {
                return refuse(RtcpRefusal.ITEM_PAST_END, sourcesEnd + 1 + textLength, length);
            }
            reasonOffset = offset + sourcesEnd + 1;
            reasonLength = textLength;
        }
        return accept();
    }

    /** The {@code index}th source leaving (below {@link #count()}). */
    public int ssrc(int index) {
        if (index < 0 || index >= count()) {
            throw new IndexOutOfBoundsException(index);
        }
        return BigEndian.int32(array, offset + RtcpHeader.HEADER_LENGTH + index * SSRC_LENGTH);
    }

    /** Absolute index of the reason text (UTF-8), or -1 when there is none. */
    public int reasonOffset() {
        return reasonOffset;
    }

    /** Bytes of the reason text. */
    public int reasonLength() {
        return reasonLength;
    }
}
