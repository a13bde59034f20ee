package org.parley.media.internal.rtcp;

import org.parley.media.internal.rtp.BigEndian;

/**
 * The common RTCP header (RFC 3550 §6.4.1) and the feedback header (RFC 4585 §6.1): named offsets, packet types
 * and the header writer shared by every view and writer in this package.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P| RC/FMT  |      PT       |             length            |  length: 32-bit words minus one
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of packet sender                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of media source                         |  feedback messages only
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * :            Feedback Control Information (FCI)                 :
 * </pre>
 */
public final class RtcpHeader {

    public static final int SR = 200;
    public static final int RR = 201;
    public static final int SDES = 202;
    public static final int BYE = 203;
    public static final int APP = 204;
    /** Transport layer feedback (RFC 4585 §6.2). */
    public static final int RTPFB = 205;
    /** Payload-specific feedback (RFC 4585 §6.3). */
    public static final int PSFB = 206;

    public static final int VERSION = 2;
    public static final int HEADER_LENGTH = 4;
    public static final int WORD = 4;
    static final int VERSION_SHIFT = 6;
    static final int PADDING_BIT = 0x20;
    static final int COUNT_MASK = 0x1F;
    static final int TYPE_OFFSET = 1;
    static final int LENGTH_OFFSET = 2;
    static final int SENDER_SSRC_OFFSET = 4;
    static final int MEDIA_SSRC_OFFSET = 8;
    /** Header, packet sender SSRC and media source SSRC of a feedback message. */
    public static final int FEEDBACK_HEADER_LENGTH = 12;

    private RtcpHeader() {
    }

    /**
     * Writes the 4-byte common header for a packet of {@code packetLength} bytes (a multiple of 4), no padding.
     *
     * @throws IllegalArgumentException if the length is not a whole number of words (a programming error)
     */
    public static void write(byte[] array, int offset, int countOrFormat, int packetType, int packetLength) {
        if (packetLength % WORD != 0 || packetLength < HEADER_LENGTH) {
            throw new IllegalArgumentException("RTCP packet length must be whole words: " + packetLength);
        }
        array[offset] = (byte) (VERSION << VERSION_SHIFT | countOrFormat & COUNT_MASK);
        array[offset + TYPE_OFFSET] = (byte) packetType;
        BigEndian.putUint16(array, offset + LENGTH_OFFSET, packetLength / WORD - 1);
    }

    /** Writes a feedback header: the common header plus the packet sender and media source SSRCs. */
    static void writeFeedback(byte[] array, int offset, int format, int packetType, int packetLength,
            int senderSsrc, int mediaSsrc) {
        write(array, offset, format, packetType, packetLength);
        BigEndian.putInt32(array, offset + SENDER_SSRC_OFFSET, senderSsrc);
        BigEndian.putInt32(array, offset + MEDIA_SSRC_OFFSET, mediaSsrc);
    }

    /** Throws when {@code need} bytes do not fit in {@code array} from {@code offset} (a programming error). */
    static void requireCapacity(byte[] array, int offset, int need) {
        if (offset < 0 || need > array.length - offset) {
            throw new IllegalArgumentException("buffer too small: need " + need + " bytes at " + offset
                    + ", have " + (array.length - offset));
        }
    }
}
