package org.parley.media.internal.rtcp;

import org.parley.media.internal.rtp.BigEndian;

/**
 * One reception report block of an SR or RR (RFC 3550 §6.4.1), as mutable values that a caller allocates once and
 * fills from a packet ({@link #readFrom}) or writes into one ({@link #writeTo}).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |                 SSRC_1 (SSRC of first source)                 |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | fraction lost |       cumulative number of packets lost       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           extended highest sequence number received           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      interarrival jitter                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         last SR (LSR)                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                   delay since last SR (DLSR)                  |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * </pre>
 */
public final class ReportBlock {

    public static final int LENGTH = 24;
    static final int FRACTION_LOST_OFFSET = 4;
    static final int CUMULATIVE_LOST_OFFSET = 5;
    static final int HIGHEST_SEQUENCE_OFFSET = 8;
    static final int JITTER_OFFSET = 12;
    static final int LAST_SR_OFFSET = 16;
    static final int DELAY_SINCE_LAST_SR_OFFSET = 20;
    /** The cumulative loss is a signed 24-bit field. */
    static final int CUMULATIVE_LOST_SIGN_SHIFT = 8;

    /** SSRC of the source this block reports on. */
    public int ssrc;
    /** Fraction lost since the previous report, in 1/256 (0–255). */
    public int fractionLost;
    /** Cumulative packets lost, signed 24 bits (duplicates can make it negative). */
    public int cumulativeLost;
    /** Extended highest sequence number received (cycles in the high 16 bits), unsigned 32 bits. */
    public long highestSequence;
    /** Interarrival jitter in timestamp units, unsigned 32 bits. */
    public long jitter;
    /** The middle 32 bits of the last SR's NTP timestamp, unsigned. */
    public long lastSr;
    /** Delay since that SR in 1/65536 s, unsigned. */
    public long delaySinceLastSr;

    /** Fills this block from the 24 bytes at {@code index} (bounds checked by the caller's view). */
    public ReportBlock readFrom(byte[] array, int index) {
        ssrc = BigEndian.int32(array, index);
        fractionLost = BigEndian.uint8(array, index + FRACTION_LOST_OFFSET);
        cumulativeLost = BigEndian.uint24(array, index + CUMULATIVE_LOST_OFFSET) << CUMULATIVE_LOST_SIGN_SHIFT
                >> CUMULATIVE_LOST_SIGN_SHIFT;
        highestSequence = BigEndian.uint32(array, index + HIGHEST_SEQUENCE_OFFSET);
        jitter = BigEndian.uint32(array, index + JITTER_OFFSET);
        lastSr = BigEndian.uint32(array, index + LAST_SR_OFFSET);
        delaySinceLastSr = BigEndian.uint32(array, index + DELAY_SINCE_LAST_SR_OFFSET);
        return this;
    }

    /** Writes this block's 24 bytes at {@code index}; returns {@link #LENGTH}. */
    public int writeTo(byte[] array, int index) {
        BigEndian.putInt32(array, index, ssrc);
        array[index + FRACTION_LOST_OFFSET] = (byte) fractionLost;
        BigEndian.putUint24(array, index + CUMULATIVE_LOST_OFFSET, cumulativeLost);
        BigEndian.putInt32(array, index + HIGHEST_SEQUENCE_OFFSET, highestSequence);
        BigEndian.putInt32(array, index + JITTER_OFFSET, jitter);
        BigEndian.putInt32(array, index + LAST_SR_OFFSET, lastSr);
        BigEndian.putInt32(array, index + DELAY_SINCE_LAST_SR_OFFSET, delaySinceLastSr);
        return LENGTH;
    }
}
