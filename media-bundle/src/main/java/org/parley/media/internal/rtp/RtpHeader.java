package org.parley.media.internal.rtp;

/**
 * A reusable view of an RTP packet's header (RFC 3550 §5.1, header extension §5.3.1). {@link #wrap} re-points the
 * view at a packet and checks every length against the view; accessors are valid only after it returned
 * {@link RtpRefusal#NONE}. Allocates nothing; not thread-safe (one view per packet thread).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|X|  CC   |M|     PT      |       sequence number         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           timestamp                           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           synchronization source (SSRC) identifier            |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |            contributing source (CSRC) identifiers             |
 * |                             ....                              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      defined by profile       |           length              |  if X
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                        header extension                       |  length 32-bit words
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                 payload ...   | padding ... | padding count   |  count in the last byte if P
 * </pre>
 */
public final class RtpHeader {

    public static final int FIXED_HEADER_LENGTH = 12;
    public static final int VERSION = 2;
    static final int VERSION_SHIFT = 6;
    static final int PADDING_BIT = 0x20;
    static final int EXTENSION_BIT = 0x10;
    static final int CSRC_COUNT_MASK = 0x0F;
    static final int MARKER_BIT = 0x80;
    static final int PAYLOAD_TYPE_MASK = 0x7F;
    static final int SEQUENCE_OFFSET = 2;
    static final int TIMESTAMP_OFFSET = 4;
    static final int SSRC_OFFSET = 8;
    static final int CSRC_LENGTH = 4;
    static final int EXTENSION_HEADER_LENGTH = 4;
    static final int WORD = 4;

    private byte[] array;
    private int offset;
    private int length;
    private int extensionOffset;
    private int extensionLength;
    private int payloadOffset;
    private int payloadLength;
    private RtpRefusal refusal = RtpRefusal.NONE;
    private int refusedNeed;
    private int refusedHave;

    /**
     * Points this view at {@code array[offset, offset + length)} and validates the header.
     *
     * @return {@link RtpRefusal#NONE} when the packet is a well-formed RTP version 2 packet, else why not
     */
    public RtpRefusal wrap(byte[] array, int offset, int length) {
        this.array = array;
        this.offset = offset;
        this.length = length;
        extensionOffset = -1;
        extensionLength = 0;
        if (length < FIXED_HEADER_LENGTH) {
            return refuse(RtpRefusal.TOO_SHORT, FIXED_HEADER_LENGTH, length);
        }
        int first = array[offset] & 0xFF;
        if (first >>> VERSION_SHIFT != VERSION) {
            return refuse(RtpRefusal.BAD_VERSION, VERSION, first >>> VERSION_SHIFT);
        }
        int headerEnd = FIXED_HEADER_LENGTH + (first & CSRC_COUNT_MASK) * CSRC_LENGTH;
        if (headerEnd > length) {
            return refuse(RtpRefusal.CSRC_PAST_END, headerEnd, length);
        }
        if ((first & EXTENSION_BIT) != 0) {
            if (headerEnd + EXTENSION_HEADER_LENGTH > length) {
                return refuse(RtpRefusal.EXTENSION_HEADER_PAST_END, headerEnd + EXTENSION_HEADER_LENGTH, length);
            }
            int words = BigEndian.uint16(array, offset + headerEnd + 2);
            extensionOffset = offset + headerEnd + EXTENSION_HEADER_LENGTH;
            extensionLength = words * WORD;
            headerEnd += EXTENSION_HEADER_LENGTH + extensionLength;
            if (headerEnd > length) {
                return refuse(RtpRefusal.EXTENSION_PAST_END, headerEnd, length);
            }
        }
        return checkPadding(first, headerEnd);
    }

    private RtpRefusal checkPadding(int first, int headerEnd) {
        int padding = 0;
        if ((first & PADDING_BIT) != 0) {
            padding = array[offset + length - 1] & 0xFF;
            if (padding == 0) {
                return refuse(RtpRefusal.PADDING_ZERO, 1, 0);
            }
            if (padding > length - headerEnd) {
                return refuse(RtpRefusal.PADDING_PAST_PAYLOAD, padding, length - headerEnd);
            }
        }
        payloadOffset = offset + headerEnd;
        payloadLength = length - headerEnd - padding;
        refusal = RtpRefusal.NONE;
        refusedNeed = 0;
        refusedHave = 0;
        return RtpRefusal.NONE;
    }

    private RtpRefusal refuse(RtpRefusal reason, int need, int have) {
        refusal = reason;
        refusedNeed = need;
        refusedHave = have;
        extensionOffset = -1;
        extensionLength = 0;
        payloadOffset = -1;
        payloadLength = 0;
        return reason;
    }

    /** The last refusal ({@link RtpRefusal#NONE} after a successful wrap). */
    public RtpRefusal refusal() {
        return refusal;
    }

    /** The size (bytes, or the expected value for {@link RtpRefusal#BAD_VERSION}) the refused field needed. */
    public int refusedNeed() {
        return refusedNeed;
    }

    /** The size (or value) the packet actually had for the refused field. */
    public int refusedHave() {
        return refusedHave;
    }

    public byte[] array() {
        return array;
    }

    public int offset() {
        return offset;
    }

    public int length() {
        return length;
    }

    public boolean hasPadding() {
        return (array[offset] & PADDING_BIT) != 0;
    }

    public boolean hasExtension() {
        return extensionOffset >= 0;
    }

    public int csrcCount() {
        return array[offset] & CSRC_COUNT_MASK;
    }

    public boolean marker() {
        return (array[offset + 1] & MARKER_BIT) != 0;
    }

    public int payloadType() {
        return array[offset + 1] & PAYLOAD_TYPE_MASK;
    }

    public int sequenceNumber() {
        return BigEndian.uint16(array, offset + SEQUENCE_OFFSET);
    }

    public long timestamp() {
        return BigEndian.uint32(array, offset + TIMESTAMP_OFFSET);
    }

    public int ssrc() {
        return BigEndian.int32(array, offset + SSRC_OFFSET);
    }

    /** The {@code index}th contributing source; {@code index} below {@link #csrcCount()}. */
    public int csrc(int index) {
        if (index < 0 || index >= csrcCount()) {
            throw new IndexOutOfBoundsException(index);
        }
        return BigEndian.int32(array, offset + FIXED_HEADER_LENGTH + index * CSRC_LENGTH);
    }

    /** The 16-bit "defined by profile" field of the extension header, or -1 without extension. */
    public int extensionProfile() {
        return extensionOffset < 0 ? -1 : BigEndian.uint16(array, extensionOffset - EXTENSION_HEADER_LENGTH);
    }

    /** Absolute index of the first extension data byte (after the 4-byte extension header), or -1. */
    public int extensionOffset() {
        return extensionOffset;
    }

    /** Bytes of extension data (the length field times 4). */
    public int extensionLength() {
        return extensionLength;
    }

    /** Absolute index of the first payload byte. */
    public int payloadOffset() {
        return payloadOffset;
    }

    /** Payload bytes, without padding. */
    public int payloadLength() {
        return payloadLength;
    }

    /** Bytes from the start of the packet to the payload. */
    public int headerLength() {
        return payloadOffset - offset;
    }
}
