package org.parley.media.internal.rtcp;

import org.parley.media.internal.rtp.BigEndian;

/**
 * A reusable view and the writer of a sender report (RFC 3550 §6.4.1): sender info and up to 31 report blocks;
 * bytes after the blocks (profile-specific extensions) are ignored. Allocates nothing; not thread-safe.
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

    /**
     * Writes a sender report with {@code blocks[0, count)} at {@code offset}; the counts are written modulo 2^32
     * (RFC 3550 §6.4.1: they wrap).
     *
     * @return the bytes written ({@code 28 + 24 * count})
     * @throws IllegalArgumentException if {@code count} exceeds 31 or the buffer is too small (programming errors)
     */
    public static int write(byte[] array, int offset, int senderSsrc, long ntpTimestamp, long rtpTimestamp,
            long packetCount, long octetCount, ReportBlock[] blocks, int count) {
        if (count < 0 || count > ReceiverReport.MAX_BLOCKS) {
            throw new IllegalArgumentException("report blocks must be 0.." + ReceiverReport.MAX_BLOCKS + ": " + count);
        }
        int length = FIXED_LENGTH + count * ReportBlock.LENGTH;
        RtcpHeader.requireCapacity(array, offset, length);
        RtcpHeader.write(array, offset, count, RtcpHeader.SR, length);
        BigEndian.putInt32(array, offset + RtcpHeader.SENDER_SSRC_OFFSET, senderSsrc);
        BigEndian.putInt32(array, offset + NTP_OFFSET, ntpTimestamp >>> 32);
        BigEndian.putInt32(array, offset + NTP_OFFSET + 4, ntpTimestamp);
        BigEndian.putInt32(array, offset + RTP_TIMESTAMP_OFFSET, rtpTimestamp);
        BigEndian.putInt32(array, offset + PACKET_COUNT_OFFSET, packetCount);
        BigEndian.putInt32(array, offset + OCTET_COUNT_OFFSET, octetCount);
        for (int index = 0; index < count; index++) {
            blocks[index].writeTo(array, offset + FIXED_LENGTH + index * ReportBlock.LENGTH);
        }
        return length;
    }
}
