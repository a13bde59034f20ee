package org.parley.media.internal.transport;

/**
 * A free list of equal-sized receive buffers, owned by one thread (the receive loop of one socket, or later the
 * worker of one meeting). There is deliberately no lock: a pool shared between meetings would be the one lock every
 * packet of the appliance waits on (STYLE.md rule 12). A buffer taken from one pool is given back to the same pool
 * by the same thread.
 *
 * <p>{@link #BUFFER_BYTES} is 1600: an Ethernet MTU of 1500 carries at most 1472 bytes of UDP payload (IPv4), and
 * browsers keep RTP below ~1200; the rest is headroom so that the SFU can grow a packet in place without copying —
 * a transport-wide sequence number extension added on forward (up to 8 bytes), the SRTP/SRTCP auth tag and index
 * added on encrypt (up to 16 + 4 bytes), the 2-byte RFC 4571 length prefix of ICE-TCP. A datagram that fills the
 * whole buffer was possibly truncated by the socket and is dropped by the receive loop. 1600 is also 25 cache lines.
 *
 * <p>When the free list is empty, {@link #take()} allocates and counts it ({@link #allocatedBeyondCapacity()}); a
 * steady state that does so is mis-sized. Buffers given back beyond the capacity are left to the GC and counted.
 */
public final class BufferPool {
    /** Bytes in every buffer of every pool; see the class comment for why. */
    public static final int BUFFER_BYTES = 1600;

    private final byte[][] free;
    private int freeCount;
    private long allocatedBeyondCapacity;
    private long discardedBeyondCapacity;

    /** A pool holding up to {@code capacity} idle buffers, all allocated now. */
    public BufferPool(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        free = new byte[capacity][];
        for (int i = 0; i < capacity; i++) {
            free[i] = new byte[BUFFER_BYTES];
        }
        freeCount = capacity;
    }

    /** A buffer of {@link #BUFFER_BYTES} bytes with undefined content. */
    public byte[] take() {
        if (freeCount == 0) {
            allocatedBeyondCapacity++;
            return new byte[BUFFER_BYTES];
        }
        byte[] buffer = free[--freeCount];
        free[freeCount] = null;
        return buffer;
    }

    /**
     * Gives a buffer back. The caller must not touch it afterwards.
     *
     * @throws IllegalArgumentException when the buffer did not come from a pool (a programming error)
     */
    public void give(byte[] buffer) {
        if (buffer.length != BUFFER_BYTES) {
            throw new IllegalArgumentException("not a pool buffer: " + buffer.length + " bytes");
        }
        if (freeCount == free.length) {
            discardedBeyondCapacity++;
            return;
        }
        free[freeCount++] = buffer;
    }

    /** Idle buffers right now. */
    public int idle() {
        return freeCount;
    }

    public int capacity() {
        return free.length;
    }

    /** How often {@link #take()} found the pool empty and allocated. */
    public long allocatedBeyondCapacity() {
        return allocatedBeyondCapacity;
    }

    /** How many buffers were given back to a full pool and dropped. */
    public long discardedBeyondCapacity() {
        return discardedBeyondCapacity;
    }
}
