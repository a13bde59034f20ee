package org.parley.media.internal.rtp;

/** RTP packets as Chrome sends them, shared by the RTP tests. */
public final class ChromePackets {

    /**
     * Opus (PT 111) with the one-byte form: audio level (id 1: V=1, 58 dBov) and transport-cc (id 3: 44), then
     * three padding bytes to the word.
     */
    public static final String OPUS = "90 6f 1a 2b  00 01 e2 40  5e 0a 2b 3c"
            + " be de 00 02  10 ba 31 00 2c 00 00 00"
            + " 78 a1 7c 4d 8e 0f 30 f1 44 22";

    /**
     * VP8 (PT 96, marker) with the two-byte form (extmap-allow-mixed): transport-cc (id 3: 45), mid (id 4: "0"),
     * a padding byte, and id 17 (only expressible in the two-byte form).
     */
    public static final String VP8 = "90 e0 2f a1  00 0a 8c 34  1d 2e 3f 40"
            + " 10 00 00 03  03 02 00 2d  04 01 30 00  11 02 ca fe"
            + " 90 80 00 2a 10 02 00 9d 01 2a 80 02 68 01";

    private ChromePackets() {
    }
}
