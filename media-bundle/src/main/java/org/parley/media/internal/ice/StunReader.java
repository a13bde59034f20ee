package org.parley.media.internal.ice;

import org.parley.media.internal.transport.ByteView;

/**
 * A flyweight view of one STUN message (RFC 8489 §5, §14), re-pointed with {@link #wrap}. Wrapping checks the
 * header and walks every attribute once, so that afterwards each attribute ICE needs is a known offset (or
 * {@link #ABSENT}) and no later read can leave the message. Per RFC 8489 §14.5 attributes after MESSAGE-INTEGRITY
 * are ignored, except FINGERPRINT, which must be the last attribute (§14.7). Of repeated attributes the first
 * counts (§14).
 *
 * <p>Allocates nothing; not thread-safe (one per receive thread).
 */
public final class StunReader extends ByteView {
    /** Offset returned for an attribute the message does not carry. */
    public static final int ABSENT = -1;

    private final StunAttributeIterator attributes = new StunAttributeIterator();
    private int username;
    private int integrity;
    private int fingerprint;
    private int priority;
    private int useCandidate;
    private int controlled;
    private int controlling;
    private int xorMappedAddress;
    private int errorCode;
    private int unknownRequiredType;
    private int refusalActual;
    private int refusalLimit;

    /** Points the reader at {@code array[offset, offset + length)}; anything but {@code NONE} leaves it unusable. */
    public StunRefusal wrap(byte[] array, int offset, int length) {
        point(array, offset, length);
        StunRefusal header = checkHeader();
        return header != StunRefusal.NONE ? header : walkAttributes();
    }

    private StunRefusal checkHeader() {
        if (length() < StunMessage.HEADER_BYTES) {
            return refuse(StunRefusal.TOO_SHORT, length(), StunMessage.HEADER_BYTES);
        }
        if ((array()[offset()] & StunMessage.FIRST_BYTE_ZERO_BITS_MASK) != 0) {
            return refuse(StunRefusal.NOT_STUN, array()[offset()] & 0xFF, 0);
        }
        int cookie = StunMessage.int32(array(), offset() + StunMessage.COOKIE_OFFSET);
        if (cookie != StunMessage.MAGIC_COOKIE) {
            return refuse(StunRefusal.BAD_MAGIC_COOKIE, cookie, StunMessage.MAGIC_COOKIE);
        }
        int declared = StunMessage.declaredLength(array(), offset());
        if (declared % 4 != 0) {
            return refuse(StunRefusal.LENGTH_NOT_PADDED, declared, 4);
        }
        if (StunMessage.HEADER_BYTES + declared != length()) {
            return refuse(StunRefusal.LENGTH_MISMATCH, StunMessage.HEADER_BYTES + declared, length());
        }
        return StunRefusal.NONE;
    }

    private StunRefusal walkAttributes() {
        username = integrity = fingerprint = priority = useCandidate = ABSENT;
        controlled = controlling = xorMappedAddress = errorCode = unknownRequiredType = ABSENT;
        int end = offset() + length();
        attributes.reset(array(), offset() + StunMessage.HEADER_BYTES, end);
        while (attributes.next()) {
            if (fingerprint != ABSENT) {
                return refuse(StunRefusal.FINGERPRINT_NOT_LAST, attributes.type(), StunAttribute.FINGERPRINT);
            }
            int type = attributes.type();
            int required = StunAttribute.fixedValueLength(type);
            if (required >= 0 && attributes.valueLength() != required) {
                return refuse(StunRefusal.BAD_ATTRIBUTE_LENGTH, attributes.valueLength(), required);
            }
            if (type == StunAttribute.FINGERPRINT) {
                fingerprint = attributes.attributeOffset();
            } else if (integrity == ABSENT) {
                record(type, attributes.attributeOffset());
            }
        }
        if (attributes.overran()) {
            return refuse(StunRefusal.ATTRIBUTE_OVERRUNS, attributes.overrunEnd() - offset(), length());
        }
        return StunRefusal.NONE;
    }

    private void record(int type, int at) {
        switch (type) {
            case StunAttribute.USERNAME -> username = firstOf(username, at);
            case StunAttribute.MESSAGE_INTEGRITY -> integrity = at;
            case StunAttribute.PRIORITY -> priority = firstOf(priority, at);
            case StunAttribute.USE_CANDIDATE -> useCandidate = firstOf(useCandidate, at);
            case StunAttribute.ICE_CONTROLLED -> controlled = firstOf(controlled, at);
            case StunAttribute.ICE_CONTROLLING -> controlling = firstOf(controlling, at);
            case StunAttribute.XOR_MAPPED_ADDRESS -> xorMappedAddress = firstOf(xorMappedAddress, at);
            case StunAttribute.ERROR_CODE -> errorCode = firstOf(errorCode, at);
            default -> unknownRequiredType = StunAttribute.comprehensionRequired(type) && unknownRequiredType == ABSENT
                    ? type : unknownRequiredType;
        }
    }

    private static int firstOf(int current, int at) {
        return current == ABSENT ? at : current;
    }

    private StunRefusal refuse(StunRefusal refusal, int actual, int limit) {
        refusalActual = actual;
        refusalLimit = limit;
        return refusal;
    }

    public int type() {
        return StunMessage.type(array(), offset());
    }

    /** Offset of the 12-byte transaction id in {@link #array()}. */
    public int transactionIdOffset() {
        return offset() + StunMessage.TRANSACTION_ID_OFFSET;
    }

    /** Offsets of attributes (their type field) in {@link #array()}, or {@link #ABSENT}. */
    public int username() {
        return username;
    }

    public int integrity() {
        return integrity;
    }

    public int fingerprint() {
        return fingerprint;
    }

    public int priority() {
        return priority;
    }

    public int useCandidate() {
        return useCandidate;
    }

    public int controlled() {
        return controlled;
    }

    public int controlling() {
        return controlling;
    }

    public int xorMappedAddress() {
        return xorMappedAddress;
    }

    public int errorCode() {
        return errorCode;
    }

    /** The first comprehension-required attribute type this reader does not know, or {@link #ABSENT}. */
    public int unknownRequiredType() {
        return unknownRequiredType;
    }

    /** The value length of the attribute at {@code attributeOffset}. */
    public int valueLength(int attributeOffset) {
        return StunMessage.unsignedShort(array(), attributeOffset + StunAttribute.LENGTH_OFFSET);
    }

    /** PRIORITY's value (RFC 8445 §16.1), or 0 when absent. */
    public long priorityValue() {
        int valueAt = priority + StunAttribute.HEADER_BYTES;
        return priority == ABSENT ? 0 : StunMessage.int32(array(), valueAt) & 0xFFFF_FFFFL;
    }

    /** The size that made the last wrap fail (see {@link StunRefusal} for which). */
    public int refusalActual() {
        return refusalActual;
    }

    /** The bound the size was held against. */
    public int refusalLimit() {
        return refusalLimit;
    }
}
