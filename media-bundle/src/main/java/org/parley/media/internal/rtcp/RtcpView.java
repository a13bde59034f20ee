package org.parley.media.internal.rtcp;

import org.parley.media.internal.rtp.BigEndian;

/**
 * Common state of the reusable views of one RTCP packet (as {@link RtcpCompound} delivers it, padding removed):
 * the bytes, the refusal with its sizes, and the common header fields. Subclasses check their own layout in
 * {@code wrap}; accessors are valid only after it returned {@link RtcpRefusal#NONE}.
 */
abstract class RtcpView extends RtcpRefusable {

    byte[] array;
    int offset;
    int length;

    /** Points the view at a packet and checks the type, format and minimum length shared by all views. */
    final RtcpRefusal begin(byte[] bytes, int start, int size, int packetType, int format, int minimumLength) {
        array = bytes;
        offset = start;
        length = size;
        if (size < minimumLength) {
            return refuse(RtcpRefusal.TOO_SHORT, minimumLength, size);
        }
        if (packetType() != packetType) {
            return refuse(RtcpRefusal.WRONG_TYPE, packetType, packetType());
        }
        if (format >= 0 && count() != format) {
            return refuse(RtcpRefusal.WRONG_TYPE, format, count());
        }
        return accept();
    }

    /** {@link #begin} for SR and RR: also checks that the report count's blocks follow the fixed part. */
    final RtcpRefusal beginReport(byte[] bytes, int start, int size, int packetType, int fixedLength) {
        RtcpRefusal reason = begin(bytes, start, size, packetType, -1, fixedLength);
        if (reason != RtcpRefusal.NONE) {
            return reason;
        }
        int need = fixedLength + count() * ReportBlock.LENGTH;
        return need > size ? refuse(RtcpRefusal.COUNT_PAST_END, need, size) : accept();
    }

    /** The 5-bit report count, source count or feedback message type (FMT). */
    public final int count() {
        return array[offset] & RtcpHeader.COUNT_MASK;
    }

    public final int packetType() {
        return array[offset + RtcpHeader.TYPE_OFFSET] & 0xFF;
    }

    /** The SSRC of the packet sender (SR, RR, feedback). */
    public final int senderSsrc() {
        return BigEndian.int32(array, offset + RtcpHeader.SENDER_SSRC_OFFSET);
    }
}
