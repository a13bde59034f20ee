package org.parley.media.internal.pipeline;

import java.util.Arrays;
import org.parley.media.internal.rtp.SequenceNumbers;
import org.parley.media.internal.transport.BufferPool;

/**
 * The packets recently sent on one outgoing stream, kept for retransmission on NACK (RFC 4585 §6.2.1): a ring of
 * {@code capacity} entries indexed by the low bits of the sequence number, each holding a copy in a buffer of the
 * owner's {@link BufferPool}. Entries older than {@code maxAgeNanos} are evicted when newer packets are stored, so
 * a quiet or low-rate stream gives its buffers back instead of pinning {@code capacity} of them (512 × 1600 bytes
 * per stream per receiver would add up fast); the ring itself caps what a busy stream holds.
 *
 * <p>A packet is re-sent at most once per {@code minIntervalNanos} (about one round trip: a second NACK for it
 * within that time was sent before the first retransmission could arrive). Hits, misses and too-early requests are
 * counted. Not thread-safe: used under the conference's lock; allocates nothing per packet while the pool has
 * buffers. {@link #release} gives every buffer back.
 */
public final class RetransmissionBuffer {
    private static final int EMPTY = -1;
    private static final long NEVER = Long.MIN_VALUE;
    /** Half the sequence number circle: beyond it "older" and "newer" are ambiguous (RFC 3550 A.1). */
    private static final int MAX_CAPACITY = 1 << 15;

    private final BufferPool pool;
    private final int mask;
    private final long maxAgeNanos;
    private final byte[][] buffers;
    private final int[] sequences;
    private final int[] lengths;
    private final long[] storedNanos;
    private final long[] resentNanos;
    private int held;
    private int oldest;
    private int newest;
    private long stored;
    private long resent;
    private long missing;
    private long tooEarly;

    /**
     * @param capacity the most packets held, a power of two (the NACK window: e.g. 512, about a second of HD video)
     * @param maxAgeNanos how long a packet is worth re-sending (e.g. one second)
     */
    public RetransmissionBuffer(BufferPool pool, int capacity, long maxAgeNanos) {
        if (capacity < 1 || Integer.bitCount(capacity) != 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be a power of two up to " + MAX_CAPACITY + ": "
                    + capacity);
        }
        this.pool = pool;
        this.mask = capacity - 1;
        this.maxAgeNanos = maxAgeNanos;
        buffers = new byte[capacity][];
        sequences = new int[capacity];
        lengths = new int[capacity];
        storedNanos = new long[capacity];
        resentNanos = new long[capacity];
        Arrays.fill(sequences, EMPTY);
    }

    /**
     * Keeps a copy of {@code array[offset, offset + length)}, the packet sent as {@code sequence} at
     * {@code nowNanos}, and evicts what has grown too old. A packet older than the ring reaches is not kept.
     */
    public void store(byte[] array, int offset, int length, int sequence, long nowNanos) {
        if (length > BufferPool.BUFFER_BYTES) {
            throw new IllegalArgumentException("a packet of " + length + " bytes does not fit a pool buffer");
        }
        if (held == 0) {
            oldest = sequence;
            newest = sequence;
        } else if (SequenceNumbers.isNewer(sequence, newest)) {
            newest = sequence;
        } else if (SequenceNumbers.delta(sequence, newest) > mask) {
            return;
        }
        int index = sequence & mask;
        if (buffers[index] == null) {
            buffers[index] = pool.take();
            held++;
        }
        System.arraycopy(array, offset, buffers[index], 0, length);
        sequences[index] = sequence;
        lengths[index] = length;
        storedNanos[index] = nowNanos;
        resentNanos[index] = NEVER;
        stored++;
        evictOlderThan(nowNanos - maxAgeNanos);
    }

    /** Walks from the oldest sequence number up and frees entries stored before {@code limitNanos}. */
    private void evictOlderThan(long limitNanos) {
        int span = SequenceNumbers.delta(oldest, newest);
        if (span > mask || span < 0) {
            oldest = SequenceNumbers.add(newest, -mask);
        }
        while (oldest != newest) {
            int index = oldest & mask;
            if (sequences[index] == oldest) {
                if (storedNanos[index] - limitNanos > 0) {
                    return;
                }
                free(index);
            }
            oldest = SequenceNumbers.add(oldest, 1);
        }
    }

    /**
     * Re-sends the packet sent as {@code sequence} through {@code output} unless it is gone (evicted, overwritten,
     * never stored, older than the maximum age) or was re-sent less than {@code minIntervalNanos} ago.
     *
     * @return whether it was re-sent
     */
    public boolean resend(int sequence, long nowNanos, long minIntervalNanos, PacketOutput output) {
        int index = sequence & mask;
        if (sequences[index] != sequence || nowNanos - storedNanos[index] > maxAgeNanos) {
            missing++;
            return false;
        }
        if (resentNanos[index] != NEVER && nowNanos - resentNanos[index] < minIntervalNanos) {
            tooEarly++;
            return false;
        }
        resentNanos[index] = nowNanos;
        resent++;
        output.send(buffers[index], 0, lengths[index]);
        return true;
    }

    /** Gives every buffer back to the pool (the stream ends); the buffer stays usable and refills on demand. */
    public void release() {
        for (int index = 0; index < buffers.length; index++) {
            if (buffers[index] != null) {
                free(index);
            }
        }
    }

    private void free(int index) {
        pool.give(buffers[index]);
        buffers[index] = null;
        sequences[index] = EMPTY;
        held--;
    }

    /** Pool buffers held right now. */
    public int held() {
        return held;
    }

    public long stored() {
        return stored;
    }

    /** NACKed packets re-sent (hits). */
    public long resent() {
        return resent;
    }

    /** NACKed packets no longer (or never) held: misses. */
    public long missing() {
        return missing;
    }

    /** NACKed packets held but re-sent less than the minimum interval ago. */
    public long tooEarly() {
        return tooEarly;
    }
}
