package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaFilesTest {

    private static final int FRAME_BYTES = MediaFiles.WIDTH * MediaFiles.HEIGHT * 3 / 2;
    /** Rounding to 8 bits twice (RGB → Y'CbCr → RGB) moves a channel by a few steps at most. */
    private static final int CHANNEL_TOLERANCE = 4;

    @TempDir
    Path folder;

    @Test
    void theVideoIsAY4mOfTheRightSizeWhoseCentreIsTheSignatureColourInEveryFrame() throws IOException {
        MediaFiles.Capture capture = MediaFiles.write(folder, Signature.BLUE);
        byte[] file = Files.readAllBytes(capture.video());
        int header = MediaFiles.Y4M_HEADER.length();
        assertEquals("YUV4MPEG2 W640 H360 F15:1 Ip A1:1 C420jpeg\n",
                new String(file, 0, header, StandardCharsets.US_ASCII));
        int frameStride = MediaFiles.FRAME_HEADER.length() + FRAME_BYTES;
        assertEquals(header + MediaFiles.FRAMES * frameStride, file.length);
        MediaFiles.Yuv expected = MediaFiles.Yuv.of(0, 0, 255);
        for (int frame = 0; frame < MediaFiles.FRAMES; frame++) {
            int start = header + frame * frameStride;
            assertEquals("FRAME\n", new String(file, start, MediaFiles.FRAME_HEADER.length(),
                    StandardCharsets.US_ASCII), "frame " + frame);
            assertEquals(expected, pixel(file, start + MediaFiles.FRAME_HEADER.length(), 320, 180), "frame " + frame);
            assertEquals(expected, pixel(file, start + MediaFiles.FRAME_HEADER.length(), 639, 359), "frame " + frame);
        }
    }

    @Test
    void theMarkerMovesAlongTheTopEdgeOnly() throws IOException {
        byte[] file = Files.readAllBytes(MediaFiles.write(folder, Signature.RED).video());
        int planes = MediaFiles.Y4M_HEADER.length() + MediaFiles.FRAME_HEADER.length();
        int lastFrame = planes + (MediaFiles.FRAMES - 1) * (MediaFiles.FRAME_HEADER.length() + FRAME_BYTES);
        MediaFiles.Yuv white = MediaFiles.Yuv.of(255, 255, 255);
        assertEquals(white, pixel(file, planes, 0, 0), "first frame: top left");
        assertEquals(white, pixel(file, lastFrame, MediaFiles.WIDTH - 1, MediaFiles.MARKER - 1), "last: top right");
        assertEquals(MediaFiles.Yuv.of(255, 0, 0), pixel(file, planes, 0, MediaFiles.MARKER), "below the marker");
    }

    /** The Y, Cb and Cr of one pixel of the frame whose planes start at {@code planes}. */
    private static MediaFiles.Yuv pixel(byte[] file, int planes, int x, int y) {
        int luma = planes + y * MediaFiles.WIDTH + x;
        int chromaPlane = MediaFiles.WIDTH / 2 * (MediaFiles.HEIGHT / 2);
        int chroma = y / 2 * (MediaFiles.WIDTH / 2) + x / 2;
        int cb = planes + MediaFiles.WIDTH * MediaFiles.HEIGHT + chroma;
        return new MediaFiles.Yuv(file[luma] & 0xFF, file[cb] & 0xFF, file[cb + chromaPlane] & 0xFF);
    }

    @Test
    void everyColourSurvivesTheRoundTripAndIsNamedBackAsItsSignature() {
        for (Signature signature : Signature.values()) {
            int[] rgb = MediaFiles.Yuv.of(signature.red(), signature.green(), signature.blue()).toRgb();
            int[] wanted = {signature.red(), signature.green(), signature.blue()};
            for (int channel = 0; channel < 3; channel++) {
                assertTrue(Math.abs(rgb[channel] - wanted[channel]) <= CHANNEL_TOLERANCE,
                        signature + ": " + Arrays.toString(rgb));
            }
            assertEquals(Optional.of(signature), Signature.ofColour(rgb[0], rgb[1], rgb[2]));
        }
        MediaFiles.Yuv white = MediaFiles.Yuv.of(255, 255, 255);
        assertEquals(new MediaFiles.Yuv(235, 128, 128), white, "studio range white");
        assertEquals(new MediaFiles.Yuv(16, 128, 128), MediaFiles.Yuv.of(0, 0, 0), "studio range black");
    }

    @Test
    void coloursFarFromEverySignatureAreNamedNothing() {
        assertEquals(Optional.empty(), Signature.ofColour(0, 0, 0), "black (no picture)");
        assertEquals(Optional.empty(), Signature.ofColour(128, 128, 128), "grey");
        assertEquals(Optional.empty(), Signature.ofColour(255, 255, 255), "white");
        assertEquals(Optional.of(Signature.RED), Signature.ofColour(230, 30, 20), "a codec's red");
    }

    @Test
    void theAudioIsA48kHzMonoPcmWavOfTheSignatureToneThatLoopsWithoutAClick() throws IOException {
        MediaFiles.Capture capture = MediaFiles.write(folder, Signature.GREEN);
        ByteBuffer wav = ByteBuffer.wrap(Files.readAllBytes(capture.audio())).order(ByteOrder.LITTLE_ENDIAN);
        int samples = MediaFiles.SAMPLE_RATE * MediaFiles.AUDIO_SECONDS;
        assertEquals(MediaFiles.WAV_HEADER_BYTES + 2 * samples, wav.capacity());
        assertArrayEquals("RIFF".getBytes(StandardCharsets.US_ASCII), Arrays.copyOfRange(wav.array(), 0, 4));
        assertEquals(wav.capacity() - 8, wav.getInt(4), "RIFF size");
        assertArrayEquals("WAVEfmt ".getBytes(StandardCharsets.US_ASCII), Arrays.copyOfRange(wav.array(), 8, 16));
        assertEquals(16, wav.getInt(16));
        assertEquals(1, wav.getShort(20), "PCM");
        assertEquals(1, wav.getShort(22), "mono");
        assertEquals(48_000, wav.getInt(24));
        assertEquals(96_000, wav.getInt(28), "byte rate");
        assertEquals(2, wav.getShort(32), "block align");
        assertEquals(16, wav.getShort(34), "bits per sample");
        assertArrayEquals("data".getBytes(StandardCharsets.US_ASCII), Arrays.copyOfRange(wav.array(), 36, 40));
        assertEquals(2 * samples, wav.getInt(40));
        short[] pcm = new short[samples];
        wav.position(MediaFiles.WAV_HEADER_BYTES).asShortBuffer().get(pcm);
        assertEquals(660.0, risingZeroCrossings(pcm) / (double) MediaFiles.AUDIO_SECONDS, 1.0, "tone");
        int peak = 0;
        for (short sample : pcm) {
            peak = Math.max(peak, Math.abs(sample));
        }
        assertEquals(MediaFiles.TONE_AMPLITUDE * Short.MAX_VALUE, peak, 50, "amplitude");
        double step = 2 * Math.PI * 660 / MediaFiles.SAMPLE_RATE * peak;
        assertTrue(Math.abs(pcm[0] - pcm[samples - 1]) <= step + 1, "the loop joins: last " + pcm[samples - 1]
                + ", first " + pcm[0]);
    }

    private static int risingZeroCrossings(short[] pcm) {
        int crossings = 0;
        for (int i = 1; i < pcm.length; i++) {
            if (pcm[i - 1] < 0 && pcm[i] >= 0) {
                crossings++;
            }
        }
        return crossings;
    }
}
