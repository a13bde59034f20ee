package org.parley.media.internal.rtp;

/**
 * Reader of the client-to-mixer audio level header extension (RFC 6464 §3), used for dominant-speaker detection.
 * The level is in -dBov: 0 is the loudest, 127 silence.
 *
 * <pre>
 *  0                   1
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  ID   | len=0 |V| level       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class AudioLevel {

    static final int VOICE_ACTIVITY_BIT = 0x80;
    static final int LEVEL_MASK = 0x7F;
    /** Reported when the packet has no (well-formed) audio level element: digital silence. */
    public static final int SILENCE = 127;

    private AudioLevel() {
    }

    /**
     * The level (0–127, -dBov) in element {@code id}, or {@link #SILENCE} when absent or empty.
     *
     * @param elements a scratch iterator, re-pointed by this call
     */
    public static int level(RtpHeader header, HeaderExtensions elements, int id) {
        if (!elements.find(header, id) || elements.dataLength() < 1) {
            return SILENCE;
        }
        return header.array()[elements.dataOffset()] & LEVEL_MASK;
    }

    /** The V (voice activity) bit in element {@code id}; false when absent. */
    public static boolean voiceActivity(RtpHeader header, HeaderExtensions elements, int id) {
        return elements.find(header, id) && elements.dataLength() >= 1
                && (header.array()[elements.dataOffset()] & VOICE_ACTIVITY_BIT) != 0;
    }
}
