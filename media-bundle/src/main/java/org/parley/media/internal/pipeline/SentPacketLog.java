package org.parley.media.internal.pipeline;

import java.util.Arrays;

/**
 * What the SFU sent to one receiver under each transport-wide sequence number: send time and size, for the
 * bandwidth estimation that will read the receiver's transport-cc feedback
 * (draft-holmer-rmcat-transport-wide-cc-extensions-01 §3.1 names packets by these numbers). A ring of the last
 * {@code capacity} packets over the 64-bit extended sequence number the {@link TransportSequenceStamper} counts;
 * older entries are overwritten.
 *
 * <p>Not thread-safe: written and read under the conference's lock; allocates nothing after construction.
 */
public final class SentPacketLog {
    private final int mask;
    private final long[] sequences;
    private final long[] sendNanos;
    private final int[] sizes;

    /** @param capacity entries kept, a power of two (feedback covers the last few hundred milliseconds) */
    public SentPacketLog(int capacity) {
        if (capacity < 1 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        mask = capacity - 1;
        sequences = new long[capacity];
        sendNanos = new long[capacity];
        sizes = new int[capacity];
        Arrays.fill(sequences, -1);
    }

    /** Records the packet numbered {@code sequence} (extended, ≥ 0), {@code size} bytes sent at {@code nanos}. */
    public void record(long sequence, long nanos, int size) {
        int index = (int) sequence & mask;
        sequences[index] = sequence;
        sendNanos[index] = nanos;
        sizes[index] = size;
    }

    /** Whether the packet numbered {@code sequence} is still in the log. */
    public boolean contains(long sequence) {
        return sequence >= 0 && sequences[(int) sequence & mask] == sequence;
    }

    /** The send time of a packet the log {@link #contains}. */
    public long sendNanos(long sequence) {
        return sendNanos[(int) sequence & mask];
    }

    /** The size in bytes of a packet the log {@link #contains}. */
    public int size(long sequence) {
        return sizes[(int) sequence & mask];
    }
}
