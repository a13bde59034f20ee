package org.parley.media.internal.rtcp;

import org.parley.media.internal.rtp.BigEndian;

/**
 * A reusable view of a sender report (RFC 3550 §6.4.1): sender info and up to 31 report blocks; bytes after the
 * blocks (profile-specific extensions) are ignored. Allocates nothing; not thread-safe.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|    RC   |   PT=SR=200   |             length            | header
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         SSRC of sender                        |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |              NTP timestamp, most significant word             | sender
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+ info
 * |             NTP timestamp, least significant word             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         RTP timestamp                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     sender's packet count                     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      sender's octet count                     |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |                 report blocks (RC x 24 bytes)                 |
 * </pre>
 */
public final class SenderReport extends RtcpView {

    static final int NTP_OFFSET = 8;
    static final int RTP_TIMESTAMP_OFFSET = 16;
    static final int PACKET_COUNT_OFFSET = 20;
    static final int OCTET_COUNT_OFFSET = 24;
    public static final int FIXED_LENGTH = 28;

    /** Points the view at one packet of a compound and checks its type and report count. */
    public RtcpRefusal wrap(byte[] array, int offset, int length) {
        return beginReport(array, offset, length, RtcpHeader.SR, FIXED_LENGTH);
    }

    /** The 64-bit NTP timestamp (seconds in the high 32 bits, fraction in the low 32). */
    public long ntpTimestamp() {
        return BigEndian.uint32(array, offset + NTP_OFFSET) << 32 | BigEndian.uint32(array, offset + NTP_OFFSET + 4);
    }

    /** The middle 32 bits of the NTP timestamp, which receivers echo as LSR. */
    public long compactNtp() {
        return ntpTimestamp() >>> 16 & 0xFFFF_FFFFL;
    }

    public long rtpTimestamp() {
        return BigEndian.uint32(array, offset + RTP_TIMESTAMP_OFFSET);
    }

    public long packetCount() {
        return BigEndian.uint32(array, offset + PACKET_COUNT_OFFSET);
    }

    public long octetCount() {
        return BigEndian.uint32(array, offset + OCTET_COUNT_OFFSET);
    }

    /** Fills {@code into} with report block {@code index} (below {@link #count()}). */
    public ReportBlock reportBlock(int index, ReportBlock into) {
        return ReceiverReport.readBlock(this, FIXED_LENGTH, index, into);
    }
}
