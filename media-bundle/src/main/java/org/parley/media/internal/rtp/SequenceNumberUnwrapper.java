package org.parley.media.internal.rtp;

/**
 * Extends a stream's 16-bit sequence numbers to a 64-bit index that counts wrap-arounds, like the "cycles" of
 * RFC 3550 Appendix A.1: each number is placed at the index nearest to the highest index seen so far, so
 * reordered packets from before a wrap get the lower cycle. The first number maps to itself; a packet reordered
 * from before the first one across a wrap gets a negative index. One instance per stream; not thread-safe.
 */
public final class SequenceNumberUnwrapper {

    private long highest;
    private boolean started;

    /** The 64-bit index of {@code sequenceNumber} (only its low 16 bits are used). */
    public long unwrap(int sequenceNumber) {
        int number = sequenceNumber & SequenceNumbers.MASK;
        if (!started) {
            started = true;
            highest = number;
            return number;
        }
        long index = highest + SequenceNumbers.delta((int) (highest & SequenceNumbers.MASK), number);
        if (index > highest) {
            highest = index;
        }
        return index;
    }

    /** The highest index returned so far; -1 before the first packet. */
    public long highest() {
        return started ? highest : -1;
    }

    /** Forgets the stream (e.g. after an SSRC change). */
    public void reset() {
        started = false;
        highest = 0;
    }
}
