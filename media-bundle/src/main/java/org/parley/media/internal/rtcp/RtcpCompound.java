package org.parley.media.internal.rtcp;

import org.parley.media.internal.rtp.BigEndian;

/**
 * A reusable iterator over the packets of a compound RTCP packet (RFC 3550 §6.1). {@link #wrap} checks the whole
 * compound before anything is read from it (A.2): every packet is version 2, every length field (32-bit words
 * minus one) stays inside the compound and the packets fill it exactly, and only the last packet may carry
 * padding. A reduced-size packet (RFC 5506, a lone feedback message as Chrome sends with rtcp-rsize) is accepted.
 * Allocates nothing; not thread-safe.
 *
 * <pre>
 * +--------------------------+--------------------------+-- ... --+-----------------------------+
 * | V=2 P=0 RC PT length=n1  | V=2 P=0 RC PT length=n2  |         | V=2 P RC PT length  ... pad |
 * |  (n1 + 1) * 4 bytes      |  (n2 + 1) * 4 bytes      |         |  last packet, may be padded |
 * +--------------------------+--------------------------+-- ... --+-----------------------------+
 * </pre>
 */
public final class RtcpCompound extends RtcpRefusable {

    private byte[] array;
    private int end;
    private int cursor;
    private int packetOffset;
    private int packetLength;

    /**
     * Points the iterator at {@code array[offset, offset + length)} and validates every packet's header.
     *
     * @return {@link RtcpRefusal#NONE} when the compound can be iterated, else why not (then it yields nothing)
     */
    public RtcpRefusal wrap(byte[] array, int offset, int length) {
        this.array = array;
        end = offset + length;
        cursor = end;
        if (length < RtcpHeader.HEADER_LENGTH) {
            return refuse(RtcpRefusal.TOO_SHORT, RtcpHeader.HEADER_LENGTH, length);
        }
        int position = offset;
        while (position < end) {
            int remaining = end - position;
            RtcpRefusal reason = checkPacket(position, remaining);
            if (reason != RtcpRefusal.NONE) {
                return reason;
            }
            position += packetSize(position);
        }
        cursor = offset;
        return accept();
    }

    private RtcpRefusal checkPacket(int position, int remaining) {
        if (remaining < RtcpHeader.HEADER_LENGTH) {
            return refuse(RtcpRefusal.TOO_SHORT, RtcpHeader.HEADER_LENGTH, remaining);
        }
        int version = (array[position] & 0xFF) >>> RtcpHeader.VERSION_SHIFT;
        if (version != RtcpHeader.VERSION) {
            return refuse(RtcpRefusal.BAD_VERSION, RtcpHeader.VERSION, version);
        }
        int size = packetSize(position);
        if (size > remaining) {
            return refuse(RtcpRefusal.LENGTH_PAST_END, size, remaining);
        }
        if ((array[position] & RtcpHeader.PADDING_BIT) == 0) {
            return RtcpRefusal.NONE;
        }
        if (size != remaining) {
            return refuse(RtcpRefusal.PADDING_NOT_LAST, size, remaining);
        }
        int padding = array[position + size - 1] & 0xFF;
        if (padding == 0 || padding > size - RtcpHeader.HEADER_LENGTH) {
            return refuse(RtcpRefusal.BAD_PADDING, padding, size - RtcpHeader.HEADER_LENGTH);
        }
        return RtcpRefusal.NONE;
    }

    private int packetSize(int position) {
        return (BigEndian.uint16(array, position + RtcpHeader.LENGTH_OFFSET) + 1) * RtcpHeader.WORD;
    }

    /** Moves to the next packet of a compound that {@link #wrap} accepted; false at the end. */
    public boolean next() {
        if (cursor >= end) {
            return false;
        }
        int size = packetSize(cursor);
        packetOffset = cursor;
        packetLength = size;
        if ((array[cursor] & RtcpHeader.PADDING_BIT) != 0) {
            packetLength -= array[cursor + size - 1] & 0xFF;
        }
        cursor += size;
        return true;
    }

    public byte[] array() {
        return array;
    }

    /** Absolute index of the current packet's first byte. */
    public int packetOffset() {
        return packetOffset;
    }

    /** Bytes of the current packet, without its padding. */
    public int packetLength() {
        return packetLength;
    }

    /** The current packet's type (e.g. {@link RtcpHeader#SR}). */
    public int packetType() {
        return array[packetOffset + RtcpHeader.TYPE_OFFSET] & 0xFF;
    }

    /** The current packet's report count, source count or feedback message type. */
    public int count() {
        return array[packetOffset] & RtcpHeader.COUNT_MASK;
    }
}
