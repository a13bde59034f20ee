package org.parley.media.internal.rtp;

/**
 * In-place rewriters of RTP header fields for stream switching (RFC 3550 §5.1: SSRC, sequence number,
 * timestamp) and of a header extension element's value, e.g. the transport-wide sequence number
 * (draft-holmer-rmcat-transport-wide-cc-extensions-01 §2) that the SFU numbers per receiving leg. All methods take
 * a header that {@link RtpHeader#wrap} accepted; they allocate nothing.
 *
 * <pre>
 * Transport-wide sequence number element (one-byte form, L=1):
 *  0                   1                   2
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  ID   | L=1   |transport-wide sequence number |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class RtpRewriter {

    static final int TRANSPORT_SEQUENCE_LENGTH = 2;
    private static final int MAX_VALUE_BYTES = 8;

    private RtpRewriter() {
    }

    public static void setSsrc(RtpHeader header, int ssrc) {
        BigEndian.putInt32(header.array(), header.offset() + RtpHeader.SSRC_OFFSET, ssrc);
    }

    /** Writes the 7-bit payload type {@code payloadType}, keeping the marker bit. */
    public static void setPayloadType(RtpHeader header, int payloadType) {
        byte[] array = header.array();
        int at = header.offset() + 1;
        array[at] = (byte) (array[at] & RtpHeader.MARKER_BIT | payloadType & RtpHeader.PAYLOAD_TYPE_MASK);
    }

    /** Writes the low 16 bits of {@code sequenceNumber}. */
    public static void setSequenceNumber(RtpHeader header, int sequenceNumber) {
        BigEndian.putUint16(header.array(), header.offset() + RtpHeader.SEQUENCE_OFFSET, sequenceNumber);
    }

    /** Writes the low 32 bits of {@code timestamp}. */
    public static void setTimestamp(RtpHeader header, long timestamp) {
        BigEndian.putInt32(header.array(), header.offset() + RtpHeader.TIMESTAMP_OFFSET, timestamp);
    }

    /**
     * Overwrites the value of extension element {@code id} with the low bytes of {@code value}, big-endian, over
     * the element's whole data length (1–8 bytes).
     *
     * @param elements a scratch iterator, re-pointed by this call
     * @return false when the element is absent or its length is not 1–8 bytes (nothing is written then)
     */
    public static boolean setExtensionValue(RtpHeader header, HeaderExtensions elements, int id, long value) {
        if (!elements.find(header, id) || elements.dataLength() > MAX_VALUE_BYTES) {
            return false;
        }
        byte[] array = header.array();
        int last = elements.dataOffset() + elements.dataLength() - 1;
        long remaining = value;
        for (int index = last; index >= elements.dataOffset(); index--) {
            array[index] = (byte) remaining;
            remaining >>>= 8;
        }
        return true;
    }

    /**
     * Reads the transport-wide sequence number in element {@code id}.
     *
     * @return the 16-bit number, or -1 when the element is absent or not 2 bytes long
     */
    public static int transportSequenceNumber(RtpHeader header, HeaderExtensions elements, int id) {
        if (!elements.find(header, id) || elements.dataLength() != TRANSPORT_SEQUENCE_LENGTH) {
            return -1;
        }
        return BigEndian.uint16(header.array(), elements.dataOffset());
    }

    /**
     * Overwrites the transport-wide sequence number in element {@code id} with the low 16 bits of
     * {@code sequenceNumber}.
     *
     * @return false when the element is absent or not 2 bytes long
     */
    public static boolean setTransportSequenceNumber(RtpHeader header, HeaderExtensions elements, int id,
            int sequenceNumber) {
        if (!elements.find(header, id) || elements.dataLength() != TRANSPORT_SEQUENCE_LENGTH) {
            return false;
        }
        BigEndian.putUint16(header.array(), elements.dataOffset(), sequenceNumber);
        return true;
    }
}
