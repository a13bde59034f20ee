package org.parley.media.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.media.internal.rtp.HostileInput;

class Vp8KeyframeTest {
    /** Frame tag (P = 0) and start code of a key frame, after whatever descriptor. */
    private static final byte[] KEY_FRAME_HEADER = {0x50, 0x42, 0x00, (byte) 0x9d, 0x01, 0x2a, (byte) 0x80, 0x02};

    @Test
    void findsTheFrameTagBehindEveryDescriptorShape() {
        assertTrue(keyframe(0x10));
        assertTrue(keyframe(0x90, 0x00), "X without optional fields");
        assertTrue(keyframe(0x90, 0x80, 0x2A), "7-bit PictureID");
        assertTrue(keyframe(0x90, 0x80, 0x81, 0x23), "15-bit PictureID");
        assertTrue(keyframe(0x90, 0xE0, 0x81, 0x23, 0x05, 0x40), "PictureID, TL0PICIDX, TID");
        assertTrue(keyframe(0x90, 0x50, 0x05, 0x1F), "TL0PICIDX and KEYIDX");
        assertTrue(keyframe(0xB0, 0x20, 0xC0), "N bit set, TID only");
    }

    @Test
    void anythingButTheStartOfPartitionZeroOfAKeyFrameIsNot() {
        assertFalse(Vp8Keyframe.starts(new byte[] {0x00, 0x50, 0x42, 0x00, (byte) 0x9d, 0x01, 0x2a}, 0, 7), "S = 0");
        assertFalse(Vp8Keyframe.starts(new byte[] {0x11, 0x50, 0x42, 0x00, (byte) 0x9d, 0x01, 0x2a}, 0, 7), "PID 1");
        assertFalse(Vp8Keyframe.starts(new byte[] {0x10, 0x51, 0x42, 0x00, (byte) 0x9d, 0x01, 0x2a}, 0, 7), "P = 1");
        assertFalse(Vp8Keyframe.starts(new byte[] {0x10, 0x50, 0x42, 0x00, (byte) 0x9d, 0x01, 0x2b}, 0, 7),
                "no start code");
        assertFalse(Vp8Keyframe.starts(new byte[] {0x10, 0x50, 0x42, 0x00, (byte) 0x9d, 0x01}, 0, 6), "cut short");
        assertFalse(Vp8Keyframe.starts(new byte[] {(byte) 0x90, (byte) 0x80}, 0, 2), "descriptor cut short");
        assertFalse(Vp8Keyframe.starts(new byte[0], 0, 0));
    }

    @Test
    void neverReadsOutsideThePayload() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            byte[] payload = new byte[random.nextInt(14)];
            random.nextBytes(payload);
            if (random.nextBoolean() && payload.length > 0) {
                payload[0] = (byte) (payload[0] & ~0x07 | 0x10);
            }
            HostileInput.assertConfined(payload, (array, offset, length) ->
                    Boolean.toString(Vp8Keyframe.starts(array, offset, length)), random);
        }
        byte[] key = descriptorThenHeader(0x90, 0xE0, 0x81, 0x23, 0x05, 0x40);
        for (int cut = 0; cut < key.length - 2; cut++) {
            assertFalse(Vp8Keyframe.starts(Arrays.copyOf(key, cut), 0, cut), "cut at " + cut);
        }
    }

    private static boolean keyframe(int... descriptor) {
        byte[] payload = descriptorThenHeader(descriptor);
        byte[] shifted = new byte[payload.length + 5];
        System.arraycopy(payload, 0, shifted, 5, payload.length);
        return Vp8Keyframe.starts(payload, 0, payload.length) && Vp8Keyframe.starts(shifted, 5, payload.length);
    }

    private static byte[] descriptorThenHeader(int... descriptor) {
        byte[] payload = new byte[descriptor.length + KEY_FRAME_HEADER.length];
        for (int i = 0; i < descriptor.length; i++) {
            payload[i] = (byte) descriptor[i];
        }
        System.arraycopy(KEY_FRAME_HEADER, 0, payload, descriptor.length, KEY_FRAME_HEADER.length);
        return payload;
    }
}
