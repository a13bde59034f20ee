package org.parley.media.internal.rtcp;

import org.parley.media.internal.rtp.BigEndian;

/**
 * A reusable view and the writer of a receiver report (RFC 3550 §6.4.2); bytes after the report blocks
 * (profile-specific extensions) are ignored. Allocates nothing; not thread-safe.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|    RC   |   PT=RR=201   |             length            | header
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     SSRC of packet sender                     |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |                 report blocks (RC x 24 bytes)                 |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * </pre>
 */
public final class ReceiverReport extends RtcpView {

    public static final int FIXED_LENGTH = 8;
    public static final int MAX_BLOCKS = 31;

    /** Points the view at one packet of a compound and checks its type and report count. */
    public RtcpRefusal wrap(byte[] array, int offset, int length) {
        return beginReport(array, offset, length, RtcpHeader.RR, FIXED_LENGTH);
    }

    /** Fills {@code into} with report block {@code index} (below {@link #count()}). */
    public ReportBlock reportBlock(int index, ReportBlock into) {
        return readBlock(this, FIXED_LENGTH, index, into);
    }

    static ReportBlock readBlock(RtcpView view, int firstBlock, int index, ReportBlock into) {
        if (index < 0 || index >= view.count()) {
            throw new IndexOutOfBoundsException(index);
        }
        return into.readFrom(view.array, view.offset + firstBlock + index * ReportBlock.LENGTH);
    }

    /**
     * Writes a receiver report with {@code blocks[0, count)} at {@code offset}.
     *
     * @return the bytes written ({@code 8 + 24 * count})
     * @throws IllegalArgumentException if {@code count} exceeds 31 or the buffer is too small (programming errors)
     */
    public static int write(byte[] array, int offset, int senderSsrc, ReportBlock[] blocks, int count) {
        if (count < 0 || count > MAX_BLOCKS) {
            throw new IllegalArgumentException("report blocks must be 0.." + MAX_BLOCKS + ": " + count);
        }
        int length = FIXED_LENGTH + count * ReportBlock.LENGTH;
        RtcpHeader.requireCapacity(array, offset, length);
        RtcpHeader.write(array, offset, count, RtcpHeader.RR, length);
        BigEndian.putInt32(array, offset + RtcpHeader.SENDER_SSRC_OFFSET, senderSsrc);
        for (int index = 0; index < count; index++) {
            blocks[index].writeTo(array, offset + FIXED_LENGTH + index * ReportBlock.LENGTH);
        }
        return length;
    }
}
