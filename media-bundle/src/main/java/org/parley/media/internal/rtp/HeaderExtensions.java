package org.parley.media.internal.rtp;

/**
 * A reusable iterator over the elements of an RTP header extension in the one-byte (RFC 8285 §4.2) or two-byte
 * (§4.3) form. Other profiles have no elements. An element that would run past the extension data ends the
 * iteration, so nothing outside the extension is ever read. Allocates nothing; not thread-safe.
 *
 * <pre>
 * One-byte form (§4.2), profile 0xBEDE; L is the data length minus one; ID 0 is a padding byte; ID 15 stops:
 *  0                   1                   2                   3
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |       0xBE    |    0xDE       |           length=3            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  ID   | L=0   |     data      |  ID   |  L=1  |   data...
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * Two-byte form (§4.3), profile 0x100 followed by 4 application bits; length is the data length; ID 0 pads:
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         0x100         |appbits|           length=3            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      ID       |     L=0       |     ID        |     L=1       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |       data    |    0 (pad)    |       ID      |      L=4      |
 * </pre>
 */
public final class HeaderExtensions {

    public static final int ONE_BYTE_PROFILE = 0xBEDE;
    public static final int TWO_BYTE_PROFILE = 0x1000;
    static final int TWO_BYTE_PROFILE_MASK = 0xFFF0;
    static final int PADDING_ID = 0;
    static final int ONE_BYTE_STOP_ID = 15;
    static final int NIBBLE = 0x0F;

    private byte[] array;
    private int cursor;
    private int end;
    private boolean twoByte;
    private int id;
    private int dataOffset;
    private int dataLength;

    /**
     * Starts iterating the extension of a header that {@link RtpHeader#wrap} accepted.
     *
     * @return this iterator, for chaining into {@link #next()}
     */
    public HeaderExtensions reset(RtpHeader header) {
        array = header.array();
        int profile = header.extensionProfile();
        twoByte = (profile & TWO_BYTE_PROFILE_MASK) == TWO_BYTE_PROFILE;
        boolean known = profile == ONE_BYTE_PROFILE || twoByte;
        cursor = header.extensionOffset();
        end = known ? cursor + header.extensionLength() : cursor;
        id = -1;
        return this;
    }

    /** Moves to the next element; false at the end of the extension (or at a one-byte ID 15). */
    public boolean next() {
        while (cursor < end) {
            int first = array[cursor] & 0xFF;
            if (first == PADDING_ID) {
                cursor++;
                continue;
            }
            return twoByte ? nextTwoByte(first) : nextOneByte(first);
        }
        return false;
    }

    private boolean nextOneByte(int first) {
        int elementId = first >>> 4;
        if (elementId == ONE_BYTE_STOP_ID) {
            return stop();
        }
        return element(elementId, cursor + 1, (first & NIBBLE) + 1);
    }

    private boolean nextTwoByte(int first) {
        if (cursor + 2 > end) {
            return stop();
        }
        return element(first, cursor + 2, array[cursor + 1] & 0xFF);
    }

    private boolean element(int elementId, int start, int size) {
        if (start + size > end) {
            return stop();
        }
        id = elementId;
        dataOffset = start;
        dataLength = size;
        cursor = start + size;
        return true;
    }

    private boolean stop() {
        cursor = end;
        id = -1;
        return false;
    }

    /**
     * Finds the element with local identifier {@code wantedId} in {@code header}'s extension; on true,
     * {@link #dataOffset()} and {@link #dataLength()} locate its value.
     */
    public boolean find(RtpHeader header, int wantedId) {
        if (!header.hasExtension()) {
            return false;
        }
        reset(header);
        while (next()) {
            if (id == wantedId) {
                return true;
            }
        }
        return false;
    }

    /** Whether the current extension uses the two-byte form. */
    public boolean twoByte() {
        return twoByte;
    }

    /** The current element's local identifier (1–14 one-byte, 1–255 two-byte). */
    public int id() {
        return id;
    }

    /** Absolute index of the current element's first data byte. */
    public int dataOffset() {
        return dataOffset;
    }

    /** Data bytes of the current element. */
    public int dataLength() {
        return dataLength;
    }
}
