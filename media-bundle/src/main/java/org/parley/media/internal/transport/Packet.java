package org.parley.media.internal.transport;

import java.net.SocketAddress;
import java.util.Objects;

/**
 * A mutable view of one datagram: {@code array[offset, offset + length)}, plus the source of its 5-tuple as the
 * opaque {@link SocketAddress} reference the receive loop got from the socket. The view is re-pointed for every
 * packet, never copied; the source is compared by reference (the JDK's {@code DatagramChannel} hands back the same
 * object while the sender does not change), so keeping it allocates nothing.
 *
 * <p>Not thread-safe; a packet belongs to the thread that received it until it is released to its pool.
 */
public final class Packet extends ByteView {
    private SocketAddress source;

    /**
     * Points this view at {@code array[offset, offset + length)}.
     *
     * @throws IndexOutOfBoundsException when the range is not inside the array (a programming error)
     */
    public Packet wrap(byte[] array, int offset, int length, SocketAddress source) {
        Objects.checkFromIndexSize(offset, length, array.length);
        point(array, offset, length);
        this.source = source;
        return this;
    }

    /** Shrinks or moves the view inside the same array, e.g. after stripping a header or an SRTP tag. */
    public void setRange(int offset, int length) {
        Objects.checkFromIndexSize(offset, length, array().length);
        point(array(), offset, length);
    }

    /** The datagram's sender as the receive loop got it; {@code null} for a packet the SFU made itself. */
    public SocketAddress source() {
        return source;
    }

    /** The unsigned byte at {@code index} inside the view (0 = first byte). */
    public int unsignedByte(int index) {
        Objects.checkIndex(index, length());
        return array()[offset() + index] & 0xFF;
    }

    /** The RFC 7983 class of this packet's first bytes. */
    public PacketClass classify() {
        return PacketClass.of(array(), offset(), length());
    }
}
