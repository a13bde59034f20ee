package org.parley.media.internal.rtcp;

/**
 * A reusable view and the writer of the picture loss indication (RFC 4585 §6.3.1, PSFB FMT 1): a feedback header
 * with no FCI, asking the media source for a key frame. Not thread-safe.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|  FMT=1  |   PT=206      |          length=2             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of packet sender                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of media source                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class PictureLossIndication extends FeedbackView {

    public static final int FORMAT = 1;
    public static final int LENGTH = RtcpHeader.FEEDBACK_HEADER_LENGTH;

    /** Points the view at one packet of a compound and checks type and FMT. */
    public RtcpRefusal wrap(byte[] array, int offset, int length) {
        return beginFeedback(array, offset, length, RtcpHeader.PSFB, FORMAT, 0);
    }

    /**
     * Writes a PLI at {@code offset}.
     *
     * @return the bytes written ({@link #LENGTH})
     * @throws IllegalArgumentException when the buffer is too small (a programming error)
     */
    public static int write(byte[] array, int offset, int senderSsrc, int mediaSsrc) {
        RtcpHeader.requireCapacity(array, offset, LENGTH);
        RtcpHeader.writeFeedback(array, offset, FORMAT, RtcpHeader.PSFB, LENGTH, senderSsrc, mediaSsrc);
        return LENGTH;
    }
}
