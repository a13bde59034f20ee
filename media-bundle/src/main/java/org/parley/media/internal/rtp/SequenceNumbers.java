package org.parley.media.internal.rtp;

/**
 * Arithmetic on 16-bit RTP (and transport-wide) sequence numbers that wrap around (RFC 3550 §5.1, Appendix A.1):
 * two numbers are compared by their shortest distance on the 65,536 circle.
 */
public final class SequenceNumbers {

    static final int MODULUS = 1 << 16;
    static final int MASK = MODULUS - 1;
    static final int HALF = MODULUS / 2;

    private SequenceNumbers() {
    }

    /**
     * The signed distance from {@code from} to {@code to} in [-32768, 32767]: positive when {@code to} is newer.
     */
    public static int delta(int from, int to) {
        return (short) ((to - from) & MASK);
    }

    /** Whether {@code candidate} comes after {@code reference}, allowing for wrap-around. */
    public static boolean isNewer(int candidate, int reference) {
        return delta(reference, candidate) > 0;
    }

    /** {@code sequenceNumber + steps}, wrapped to 16 bits. */
    public static int add(int sequenceNumber, int steps) {
        return (sequenceNumber + steps) & MASK;
    }
}
