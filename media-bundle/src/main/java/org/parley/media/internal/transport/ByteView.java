package org.parley.media.internal.transport;

/**
 * The shape every flyweight of the packet path shares: a window {@code array[offset, offset + length)} over a
 * buffer it does not own, re-pointed per packet instead of copied. Subclasses (a {@link Packet}, a protocol reader)
 * decide what "re-point" checks; reads must stay inside the window. Not thread-safe.
 */
public abstract class ByteView {
    private static final byte[] NOTHING = new byte[0];

    private byte[] array = NOTHING;
    private int offset;
    private int length;

    /** Moves the window; the caller has checked (or will refuse) the range. */
    protected final void point(byte[] array, int offset, int length) {
        this.array = array;
        this.offset = offset;
        this.length = length;
    }

    public final byte[] array() {
        return array;
    }

    public final int offset() {
        return offset;
    }

    public final int length() {
        return length;
    }
}
