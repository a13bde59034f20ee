package org.parley.media.internal.pipeline;

import java.util.Arrays;
import org.parley.media.internal.rtp.SequenceNumberUnwrapper;
import org.parley.media.internal.rtp.SequenceNumbers;

/**
 * The sequence numbers missing from one video stream (gaps below the highest received), each with how often and
 * when it was last asked for, over a window of the last {@link #WINDOW} numbers. A gap wider than
 * {@link #MAX_GAP} is not worth retransmitting (the receiver needs a key frame instead): it is given up at once.
 * Entries leave by arriving (late or through RTX), by running out of requests, or by falling out of the window;
 * the last two are counted as given up.
 *
 * <p>Not thread-safe (the conference's thread); allocates nothing after construction.
 */
final class MissingPackets {
    static final int WINDOW = 512;
    static final int MAX_GAP = 256;
    private static final int WINDOW_MASK = WINDOW - 1;
    private static final int SEQUENCE_MASK = 0xFFFF;

    private final SequenceNumberUnwrapper unwrapper = new SequenceNumberUnwrapper();
    /** Per slot, the extended sequence number the slot describes, or -1. */
    private final long[] slotSequences = new long[WINDOW];
    private final boolean[] missing = new boolean[WINDOW];
    private final int[] requests = new int[WINDOW];
    private final long[] lastRequestNanos = new long[WINDOW];
    private int ssrc;
    private boolean following;
    private long highest = -1;
    /** The first extended number received: nothing before it is missing. */
    private long lowest;
    /** No number below this is missing: where {@link #collectDue} starts, so it scans only the unresolved part. */
    private long firstMissing;
    private int missingCount;
    private long recovered;
    private long givenUp;

    /** Starts over for stream {@code newSsrc}. */
    void restart(int newSsrc) {
        ssrc = newSsrc;
        following = true;
        unwrapper.reset();
        highest = -1;
        Arrays.fill(slotSequences, -1);
        Arrays.fill(missing, false);
        missingCount = 0;
    }

    boolean follows(int candidate) {
        return following && ssrc == candidate;
    }

    int ssrc() {
        return ssrc;
    }

    /**
     * Records the arrival of {@code sequence}.
     *
     * @return how many sequence numbers it revealed as missing
     */
    int onPacket(int sequence) {
        long index = unwrapper.unwrap(sequence);
        if (highest < 0) {
            highest = index;
            lowest = index;
            firstMissing = index;
            return 0;
        }
        if (index <= highest) {
            arrived(index);
            return 0;
        }
        long gap = index - highest - 1;
        if (gap > MAX_GAP) {
            giveUpAll();
            givenUp += gap;
            gap = 0;
        }
        for (long lost = index - gap; lost < index; lost++) {
            put(lost, true);
        }
        put(index, false);
        highest = index;
        return (int) gap;
    }

    /** Records that a packet arrived as the RTX of {@code sequence} (RFC 4588 §4). */
    void onRepair(int sequence) {
        if (highest >= 0) {
            arrived(highest + SequenceNumbers.delta((int) (highest & SEQUENCE_MASK), sequence));
        }
    }

    private void giveUpAll() {
        givenUp += missingCount;
        Arrays.fill(missing, false);
        missingCount = 0;
    }

    private void arrived(long index) {
        int slot = (int) (index & WINDOW_MASK);
        if (slotSequences[slot] == index && missing[slot]) {
            missing[slot] = false;
            missingCount--;
            recovered++;
        }
    }

    private void put(long index, boolean isMissing) {
        int slot = (int) (index & WINDOW_MASK);
        if (missing[slot]) {
            missingCount--;
            givenUp++;
        }
        if (isMissing && missingCount == 0) {
            firstMissing = index;
        }
        slotSequences[slot] = index;
        missing[slot] = isMissing;
        requests[slot] = 0;
        lastRequestNanos[slot] = 0;
        missingCount += isMissing ? 1 : 0;
    }

    /**
     * Collects, oldest first, up to {@code max} missing numbers due for a request at {@code nowNanos} (never asked,
     * or last asked at least {@code spacingNanos} ago) into {@code into} as 16-bit numbers, counting the request;
     * numbers asked {@code maxRequests} times are given up instead.
     *
     * @return how many were collected
     */
    int collectDue(long nowNanos, long spacingNanos, int maxRequests, int[] into, int max) {
        int count = 0;
        long index = Math.max(Math.max(lowest, firstMissing), highest - WINDOW + 1);
        long stillMissing = -1;
        for (; missingCount > 0 && index < highest && count < max; index++) {
            int slot = (int) (index & WINDOW_MASK);
            if (!missing[slot] || slotSequences[slot] != index) {
                continue;
            }
            if (requests[slot] >= maxRequests) {
                missing[slot] = false;
                missingCount--;
                givenUp++;
                continue;
            }
            if (requests[slot] == 0 || nowNanos - lastRequestNanos[slot] >= spacingNanos) {
                requests[slot]++;
                lastRequestNanos[slot] = nowNanos;
                into[count++] = (int) (index & SEQUENCE_MASK);
            }
            stillMissing = stillMissing < 0 ? index : stillMissing;
        }
        firstMissing = stillMissing < 0 ? index : stillMissing;
        return count;
    }

    int missingCount() {
        return missingCount;
    }

    long recovered() {
        return recovered;
    }

    long givenUp() {
        return givenUp;
    }
}
