package org.parley.media.internal.pipeline;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.rtp.BigEndian;

/**
 * Builders of the plain RTP the receive tests feed (as a browser would send it), and the streams a browser's offer
 * signals for them.
 */
final class TestPackets {
    /** The size of the pooled buffers: room for the SRTP tag after any test packet. */
    static final int BUFFER = 1600;
    static final int AUDIO_SSRC = 0x5E0A2B3C;
    static final int VIDEO_SSRC = 0x1D2E3F40;
    static final int VIDEO_RTX_SSRC = 0x1D2E3F41;
    static final int SCREEN_SSRC = 0x77665544;
    static final int TRANSPORT_CC_ID = 3;
    static final int AUDIO_LEVEL_ID = 1;
    static final int MID_ID = 4;
    static final int OPUS = 111;
    static final int VP8 = 96;
    static final int RTX = 97;
    /** A VP8 key frame's first packet: descriptor S=1 PID=0, frame tag with P=0, start code, 640x360. */
    static final byte[] VP8_KEYFRAME = {0x10, 0x50, 0x42, 0x00, (byte) 0x9d, 0x01, 0x2a, (byte) 0x80, 0x02, 0x68, 0x01};
    /** A VP8 inter frame's first packet: the frame tag has P=1. */
    static final byte[] VP8_DELTA = {0x10, 0x31, 0x42, 0x00, 0x11, 0x22, 0x33, 0x44};

    private TestPackets() {
    }

    /** An RTP packet under construction; {@link #build()} writes it at the start of a {@link #BUFFER} array. */
    static final class Rtp {
        private final int ssrc;
        private final int sequence;
        private long timestamp;
        private int payloadType = OPUS;
        private final List<byte[]> elements = new ArrayList<>();
        private byte[] payload = {1, 2, 3, 4, 5, 6, 7, 8};
        private int length;

        Rtp(int ssrc, int sequence) {
            this.ssrc = ssrc;
            this.sequence = sequence;
            this.timestamp = sequence * 960L;
        }

        Rtp timestamp(long value) {
            timestamp = value;
            return this;
        }

        Rtp payloadType(int value) {
            payloadType = value;
            return this;
        }

        Rtp payload(byte... bytes) {
            payload = bytes.clone();
            return this;
        }

        /** The one-byte-form transport-wide sequence number element (id {@link #TRANSPORT_CC_ID}). */
        Rtp transportCc(int number) {
            elements.add(new byte[] {(byte) (TRANSPORT_CC_ID << 4 | 1), (byte) (number >>> 8), (byte) number});
            return this;
        }

        /** The RFC 6464 element (id {@link #AUDIO_LEVEL_ID}). */
        Rtp audioLevel(int level, boolean voice) {
            elements.add(new byte[] {(byte) (AUDIO_LEVEL_ID << 4), (byte) ((voice ? 0x80 : 0) | level)});
            return this;
        }

        byte[] build() {
            byte[] array = new byte[BUFFER];
            length = writeTo(array, 0);
            return array;
        }

        /** The length of the packet the last {@link #build()} wrote. */
        int length() {
            return length;
        }

        int writeTo(byte[] array, int offset) {
            ByteArrayOutputStream extension = new ByteArrayOutputStream();
            elements.forEach(extension::writeBytes);
            while (extension.size() % 4 != 0) {
                extension.write(0);
            }
            boolean hasExtension = extension.size() > 0;
            array[offset] = (byte) (hasExtension ? 0x90 : 0x80);
            array[offset + 1] = (byte) payloadType;
            BigEndian.putUint16(array, offset + 2, sequence);
            BigEndian.putInt32(array, offset + 4, timestamp);
            BigEndian.putInt32(array, offset + 8, ssrc);
            int cursor = offset + 12;
            if (hasExtension) {
                BigEndian.putUint16(array, cursor, 0xBEDE);
                BigEndian.putUint16(array, cursor + 2, extension.size() / 4);
                System.arraycopy(extension.toByteArray(), 0, array, cursor + 4, extension.size());
                cursor += 4 + extension.size();
            }
            System.arraycopy(payload, 0, array, cursor, payload.length);
            return cursor + payload.length - offset;
        }
    }

    static Rtp rtp(int ssrc, int sequence) {
        return new Rtp(ssrc, sequence);
    }

    /** What a browser sending microphone, camera (with RTX) and screen signals, with this class's SSRCs. */
    static List<SignalledStream> microphoneCameraAndScreen() {
        return List.of(new SignalledStream(Track.AUDIO, AUDIO_SSRC, -1),
                new SignalledStream(Track.VIDEO, VIDEO_SSRC, VIDEO_RTX_SSRC),
                new SignalledStream(Track.SCREEN, SCREEN_SSRC, -1));
    }
}
