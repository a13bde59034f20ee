package org.parley.media.internal.rtcp;

import org.parley.media.internal.rtp.BigEndian;

/**
 * A reusable view and the writer of the full intra request (RFC 5104 §4.3.1, PSFB FMT 4). The media source SSRC
 * of the header is 0; each FCI entry names the sender asked for a decoder refresh and a command sequence number
 * that the requester increments per new request. Not thread-safe.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|  FMT=4  |   PT=206      |          length               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of packet sender                        |
 * |                  SSRC of media source (0)                     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                              SSRC                             |  repeated
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Seq nr.       |    Reserved                                   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class FullIntraRequest extends FeedbackView {

    public static final int FORMAT = 4;
    static final int ENTRY_LENGTH = 8;
    static final int SEQUENCE_OFFSET = 4;

    private int entries;

    /** Points the view at one packet of a compound; checks type, FMT and that there is at least one entry. */
    public RtcpRefusal wrap(byte[] array, int offset, int length) {
        RtcpRefusal reason = beginFeedback(array, offset, length, RtcpHeader.PSFB, FORMAT, ENTRY_LENGTH);
        entries = reason == RtcpRefusal.NONE ? (length - FCI_OFFSET) / ENTRY_LENGTH : 0;
        return reason;
    }

    /** The number of FCI entries. */
    public int entries() {
        return entries;
    }

    /** The SSRC that entry {@code index} asks for a key frame. */
    public int entrySsrc(int index) {
        return BigEndian.int32(array, entryOffset(index));
    }

    /** The command sequence number (0–255) of entry {@code index}. */
    public int entrySequence(int index) {
        return BigEndian.uint8(array, entryOffset(index) + SEQUENCE_OFFSET);
    }

    private int entryOffset(int index) {
        if (index < 0 || index >= entries) {
            throw new IndexOutOfBoundsException(index);
        }
        return offset + FCI_OFFSET + index * ENTRY_LENGTH;
    }

    /**
     * Writes a FIR with one entry per {@code targetSsrcs[i]}, {@code sequences[i]} for i below {@code count}.
     *
     * @return the bytes written ({@code 12 + 8 * count})
     * @throws IllegalArgumentException when {@code count} is zero or the buffer is too small (programming errors)
     */
    public static int write(byte[] array, int offset, int senderSsrc, int[] targetSsrcs, int[] sequences,
            int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("a FIR needs at least one entry");
        }
        int length = FCI_OFFSET + count * ENTRY_LENGTH;
        RtcpHeader.requireCapacity(array, offset, length);
        RtcpHeader.writeFeedback(array, offset, FORMAT, RtcpHeader.PSFB, length, senderSsrc, 0);
        for (int index = 0; index < count; index++) {
            int entryOffset = offset + FCI_OFFSET + index * ENTRY_LENGTH;
            BigEndian.putInt32(array, entryOffset, targetSsrcs[index]);
            BigEndian.putInt32(array, entryOffset + SEQUENCE_OFFSET, (long) (sequences[index] & 0xFF) << 24);
        }
        return length;
    }
}
