package org.parley.media.internal.pipeline;

/**
 * Whether a VP8 RTP payload starts a key frame: the payload descriptor (RFC 7741 §4.2) says the packet starts
 * partition 0 of a frame (S = 1, PID = 0), and the frame tag that follows (RFC 7741 §4.3, RFC 6386 §9.1) has the
 * inverse key frame bit P = 0 and the key frame start code 0x9d 0x01 0x2a.
 *
 * <pre>
 *        0 1 2 3 4 5 6 7
 *       +-+-+-+-+-+-+-+-+
 *       |X|R|N|S|R| PID |  required
 *       +-+-+-+-+-+-+-+-+
 *  X:   |I|L|T|K| RSV   |  if X
 *       +-+-+-+-+-+-+-+-+
 *  I:   |M| PictureID   |  if I; a second PictureID byte if M
 *       +-+-+-+-+-+-+-+-+
 *  L:   |   TL0PICIDX   |  if L
 *       +-+-+-+-+-+-+-+-+
 *  T/K: |TID|Y| KEYIDX  |  if T or K
 *       +-+-+-+-+-+-+-+-+
 *       |Size0|H| VER |P|  frame tag, 3 bytes (P = 0: key frame)
 *       +-+-+-+-+-+-+-+-+
 *       | 0x9d 0x01 0x2a |  start code, key frames only
 * </pre>
 * Reads only inside {@code array[offset, offset + length)}; allocates nothing.
 */
final class Vp8Keyframe {
    static final int EXTENDED_BIT = 0x80;
    static final int START_BIT = 0x10;
    static final int PARTITION_MASK = 0x07;
    static final int PICTURE_ID_BIT = 0x80;
    static final int TL0_PICTURE_INDEX_BIT = 0x40;
    static final int TEMPORAL_ID_BIT = 0x20;
    static final int KEY_INDEX_BIT = 0x10;
    static final int LONG_PICTURE_ID_BIT = 0x80;
    static final int INVERSE_KEY_FRAME_BIT = 0x01;
    static final int FRAME_TAG_LENGTH = 3;
    static final int START_CODE_0 = 0x9d;
    static final int START_CODE_1 = 0x01;
    static final int START_CODE_2 = 0x2a;

    private Vp8Keyframe() {
    }

    /** Whether the VP8 payload in {@code array[offset, offset + length)} is the first packet of a key frame. */
    static boolean starts(byte[] array, int offset, int length) {
        if (length < 1 || (array[offset] & START_BIT) == 0 || (array[offset] & PARTITION_MASK) != 0) {
            return false;
        }
        int tag = frameTagAt(array, offset, length);
        if (tag < 0 || tag + FRAME_TAG_LENGTH + 3 > offset + length) {
            return false;
        }
        int start = tag + FRAME_TAG_LENGTH;
        return (array[tag] & INVERSE_KEY_FRAME_BIT) == 0 && (array[start] & 0xFF) == START_CODE_0
                && (array[start + 1] & 0xFF) == START_CODE_1 && (array[start + 2] & 0xFF) == START_CODE_2;
    }

    /** The absolute index of the frame tag after the descriptor, or -1 when the descriptor runs past the end. */
    private static int frameTagAt(byte[] array, int offset, int length) {
        int end = offset + length;
        int cursor = offset + 1;
        if ((array[offset] & EXTENDED_BIT) == 0) {
            return cursor;
        }
        if (cursor >= end) {
            return -1;
        }
        int extension = array[cursor++];
        if ((extension & PICTURE_ID_BIT) != 0) {
            if (cursor >= end) {
                return -1;
            }
            cursor += (array[cursor] & LONG_PICTURE_ID_BIT) != 0 ? 2 : 1;
        }
        if ((extension & TL0_PICTURE_INDEX_BIT) != 0) {
            cursor++;
        }
        if ((extension & (TEMPORAL_ID_BIT | KEY_INDEX_BIT)) != 0) {
            cursor++;
        }
        return cursor;
    }
}
