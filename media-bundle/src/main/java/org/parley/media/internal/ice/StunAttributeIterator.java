package org.parley.media.internal.ice;

/**
 * Walks the attributes of a STUN message in place (RFC 8489 §14): a flyweight re-pointed with {@link #reset},
 * advanced with {@link #next()}, never reading past the end it was given. An attribute whose padded value would
 * cross that end stops the walk and is reported by {@link #overran()} with its end offset in {@link #overrunEnd()}.
 */
public final class StunAttributeIterator {
    private byte[] array;
    private int cursor;
    private int end;
    private int attributeOffset;
    private int type;
    private int valueLength;
    private boolean overran;
    private int overrunEnd;

    /** Walks {@code array[start, end)}, which holds attributes only. */
    public void reset(byte[] array, int start, int end) {
        this.array = array;
        this.cursor = start;
        this.end = end;
        this.overran = false;
        this.attributeOffset = -1;
    }

    /** Moves to the next attribute; false at the end or when the next one overruns. */
    public boolean next() {
        if (overran || cursor == end) {
            return false;
        }
        if (end - cursor < StunAttribute.HEADER_BYTES) {
            markOverrun(cursor + StunAttribute.HEADER_BYTES);
            return false;
        }
        int length = StunMessage.unsignedShort(array, cursor + StunAttribute.LENGTH_OFFSET);
        int valueEnd = cursor + StunAttribute.HEADER_BYTES + StunMessage.padded(length);
        if (valueEnd > end) {
            markOverrun(valueEnd);
            return false;
        }
        attributeOffset = cursor;
        type = StunMessage.unsignedShort(array, cursor + StunAttribute.TYPE_OFFSET);
        valueLength = length;
        cursor = valueEnd;
        return true;
    }

    private void markOverrun(int at) {
        overran = true;
        overrunEnd = at;
    }

    public int type() {
        return type;
    }

    /** Offset of the current attribute's type field in the array. */
    public int attributeOffset() {
        return attributeOffset;
    }

    public int valueOffset() {
        return attributeOffset + StunAttribute.HEADER_BYTES;
    }

    /** The value length without padding. */
    public int valueLength() {
        return valueLength;
    }

    /** True when the walk stopped at an attribute that does not fit. */
    public boolean overran() {
        return overran;
    }

    public int overrunEnd() {
        return overrunEnd;
    }
}
