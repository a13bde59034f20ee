package org.parley.media.internal.srtp;

/**
 * The replay list of RFC 3711 §3.3.2 as a sliding bitmap: the highest index accepted so far and one bit for each
 * of the {@link #SIZE} indices up to it (a ring indexed by {@code index mod SIZE}). An index above the highest is
 * new; one inside the window is new unless its bit is set; anything older is refused. The highest index also
 * carries the RTP rollover counter ({@code highest >>> 16}, §3.3.1), so it moves only after a packet is
 * authenticated. 128 rather than the minimum 64, as libsrtp, to survive a video burst's reordering.
 * Not thread-safe; one per context.
 */
final class ReplayWindow {
    static final int SIZE = 128;
    private static final int WORD_BITS = 64;
    private static final int WORD_SHIFT = 6;

    private final long[] seen = new long[SIZE / WORD_BITS];
    private long highest = -1;

    /** The highest accepted index, or -1 before the first. */
    long highest() {
        return highest;
    }

    /** Whether {@code index} may be accepted; a negative index (before the stream began) is too old. */
    SrtpRefusal check(long index) {
        if (index < 0) {
            return SrtpRefusal.TOO_OLD;
        }
        if (index > highest) {
            return SrtpRefusal.NONE;
        }
        long age = highest - index;
        if (age >= SIZE) {
            return SrtpRefusal.TOO_OLD;
        }
        return isSet(index) ? SrtpRefusal.REPLAYED : SrtpRefusal.NONE;
    }

    /** Records an authenticated {@code index} that {@link #check} allowed. */
    void accept(long index) {
        if (index > highest) {
            long cleared = highest < 0 ? SIZE : Math.min(index - highest, SIZE);
            for (long i = index - cleared + 1; i <= index; i++) {
                clear(i);
            }
            highest = index;
        }
        int bit = (int) (index & (SIZE - 1));
        seen[bit >>> WORD_SHIFT] |= 1L << (bit & (WORD_BITS - 1));
    }

    private boolean isSet(long index) {
        int bit = (int) (index & (SIZE - 1));
        return (seen[bit >>> WORD_SHIFT] & 1L << (bit & (WORD_BITS - 1))) != 0;
    }

    private void clear(long index) {
        int bit = (int) (index & (SIZE - 1));
        seen[bit >>> WORD_SHIFT] &= ~(1L << (bit & (WORD_BITS - 1)));
    }
}
