package org.parley.media.internal.rtcp;

import org.parley.media.internal.rtp.BigEndian;
import org.parley.media.internal.rtp.SequenceNumbers;

/**
 * A reusable view and the writer of the generic NACK (RFC 4585 §6.2.1, RTPFB FMT 1). Each FCI entry names a lost
 * packet (PID) and, in the bitmask BLP, which of the 16 following packets are lost too; {@link #nextLost()} walks
 * the lost sequence numbers without allocating. Not thread-safe.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|  FMT=1  |   PT=205      |          length               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of packet sender                        |
 * |                  SSRC of media source                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |            PID                |             BLP               |  repeated
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class GenericNack extends FeedbackView {

    public static final int FORMAT = 1;
    static final int ENTRY_LENGTH = 4;
    static final int BLP_BITS = 16;
    static final int BLP_OFFSET = 2;

    private int entries;
    private int entry;
    private int bit;

    /** Points the view at one packet of a compound; checks type, FMT and that there is at least one entry. */
    public RtcpRefusal wrap(byte[] array, int offset, int length) {
        entries = 0;
        entry = 0;
        bit = -1;
        RtcpRefusal reason = beginFeedback(array, offset, length, RtcpHeader.RTPFB, FORMAT, ENTRY_LENGTH);
        if (reason == RtcpRefusal.NONE) {
            entries = (length - FCI_OFFSET) / ENTRY_LENGTH;
        }
        return reason;
    }

    /** The number of PID/BLP entries. */
    public int entries() {
        return entries;
    }

    /** Restarts {@link #nextLost()} at the first entry. */
    public void restart() {
        entry = 0;
        bit = -1;
    }

    /** The next lost sequence number, or -1 after the last. */
    public int nextLost() {
        while (entry < entries) {
            int entryOffset = offset + FCI_OFFSET + entry * ENTRY_LENGTH;
            int pid = BigEndian.uint16(array, entryOffset);
            if (bit < 0) {
                bit = 0;
                return pid;
            }
            int blp = BigEndian.uint16(array, entryOffset + BLP_OFFSET);
            while (bit < BLP_BITS) {
                int current = bit++;
                if ((blp >>> current & 1) != 0) {
                    return SequenceNumbers.add(pid, current + 1);
                }
            }
            entry++;
            bit = -1;
        }
        return -1;
    }

    /**
     * Writes a generic NACK for {@code lost[0, count)} (16-bit sequence numbers, ascending in wrap-around order
     * for the tightest packing; any order is correct).
     *
     * @return the bytes written
     * @throws IllegalArgumentException when {@code count} is zero or the buffer is too small (programming errors)
     */
    public static int write(byte[] array, int offset, int senderSsrc, int mediaSsrc, int[] lost, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("a NACK needs at least one lost packet");
        }
        int cursor = offset + FCI_OFFSET;
        int index = 0;
        while (index < count) {
            RtcpHeader.requireCapacity(array, cursor, ENTRY_LENGTH);
            int pid = SequenceNumbers.add(lost[index], 0);
            int blp = 0;
            index++;
            while (index < count) {
                int distance = SequenceNumbers.delta(pid, lost[index]);
                if (distance < 0 || distance > BLP_BITS) {
                    break;
                }
                blp |= distance == 0 ? 0 : 1 << distance - 1;
                index++;
            }
            BigEndian.putUint16(array, cursor, pid);
            BigEndian.putUint16(array, cursor + BLP_OFFSET, blp);
            cursor += ENTRY_LENGTH;
        }
        int length = cursor - offset;
        RtcpHeader.writeFeedback(array, offset, FORMAT, RtcpHeader.RTPFB, length, senderSsrc, mediaSsrc);
        return length;
    }
}
