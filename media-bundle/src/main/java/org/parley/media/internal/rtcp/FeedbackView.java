package org.parley.media.internal.rtcp;

import org.parley.media.internal.rtp.BigEndian;

/**
 * Common part of the views of RTCP feedback messages (RFC 4585 §6.1): the header with FMT and the two SSRCs that
 * precede the feedback control information (FCI).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|   FMT   |       PT      |          length               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of packet sender                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of media source                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * :            Feedback Control Information (FCI)                 :
 * </pre>
 */
abstract class FeedbackView extends RtcpView {

    static final int FCI_OFFSET = RtcpHeader.FEEDBACK_HEADER_LENGTH;

    /** Checks the packet type and FMT and that the FCI has at least {@code minimumFci} bytes. */
    final RtcpRefusal beginFeedback(byte[] bytes, int start, int size, int packetType, int format, int minimumFci) {
        return begin(bytes, start, size, packetType, format, RtcpHeader.FEEDBACK_HEADER_LENGTH + minimumFci);
    }

    /** The SSRC of the media source the feedback is about (0 in FIR and REMB). */
    public final int mediaSsrc() {
        return BigEndian.int32(array, offset + RtcpHeader.MEDIA_SSRC_OFFSET);
    }
}
