package org.parley.media.internal.srtp;

/**
 * The 48-bit SRTP packet index {@code i = 2^16 * ROC + SEQ} of a received (or sent) sequence number, estimated
 * from the highest index so far (RFC 3711 §3.3.1, Appendix A): with {@code s_l} the highest sequence number and
 * ROC its rollover counter, a SEQ more than 2^15 below {@code s_l} belongs to the next roll, one more than 2^15
 * above it to the previous roll.
 */
final class PacketIndex {
    private static final int SEQUENCE_BITS = 16;
    private static final int SEQUENCE_MASK = 0xFFFF;
    private static final int HALF = 0x8000;

    private PacketIndex() {
    }

    /**
     * The index of {@code sequence} given the {@code highest} index so far (-1 when none: ROC starts at 0), or -1
     * when the guess falls before ROC 0 (a packet from before the stream began).
     */
    static long estimate(long highest, int sequence) {
        if (highest < 0) {
            return sequence;
        }
        long roc = highest >>> SEQUENCE_BITS;
        int last = (int) (highest & SEQUENCE_MASK);
        long guess = roc;
        if (last < HALF) {
            if (sequence - last > HALF) {
                guess = roc - 1;
            }
        } else if (last - HALF > sequence) {
            guess = roc + 1;
        }
        return guess < 0 ? -1 : guess << SEQUENCE_BITS | sequence;
    }

    /** The rollover counter part of an index. */
    static int rolloverCounter(long index) {
        return (int) (index >>> SEQUENCE_BITS);
    }
}
