package org.parley.e2e;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fake camera and microphone of one participant, written by the test into its own folder for Chromium's
 * {@code --use-file-for-fake-video-capture} and {@code --use-file-for-fake-audio-capture}: a Y4M video of one solid
 * colour and a WAV sine tone, both of the participant's {@link Signature}, so a receiver can tell whose media it
 * decodes (and a reflected own stream is caught). Chromium loops both files.
 *
 * <p>Video: {@value #WIDTH}×{@value #HEIGHT}, {@value #FPS} fps, {@value #FRAMES} frames, 4:2:0, colours converted
 * with BT.601 at studio range (Y 16–235, Cb/Cr 16–240), the range WebRTC's I420 frames are read with. A small white
 * block moves along the top edge so the encoder has something to send (a still picture would keep the bitrate
 * estimate low); the centre, which receivers sample, is the solid colour only. Audio: 48 kHz, 16-bit mono, a whole
 * number of cycles in {@value #AUDIO_SECONDS} s, so the loop joins without a click.
 */
final class MediaFiles {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final int FPS = 15;
    static final int FRAMES = 2 * FPS;
    static final String Y4M_HEADER = "YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F" + FPS + ":1 Ip A1:1 C420jpeg\n";
    static final String FRAME_HEADER = "FRAME\n";
    static final int SAMPLE_RATE = 48_000;
    static final int AUDIO_SECONDS = 3;
    static final int WAV_HEADER_BYTES = 44;
    /** Half of full scale: loud enough for any analyser, far from clipping after Chromium's gain control. */
    static final double TONE_AMPLITUDE = 0.5;
    /** The moving block: its size and the height of the strip it moves in (never reaching the sampled centre). */
    static final int MARKER = 16;

    /** One participant's fake camera and microphone: where the files are and what they show and sound like. */
    record Capture(Signature signature, Path video, Path audio) {
    }

    private MediaFiles() {
    }

    /** Writes {@code <name>.y4m} and {@code <name>.wav} of this signature into the folder (created if needed). */
    static Capture write(Path folder, Signature signature) {
        try {
            Files.createDirectories(folder);
            String name = signature.name().toLowerCase(java.util.Locale.ROOT);
            Path video = folder.resolve(name + ".y4m");
            Path audio = folder.resolve(name + ".wav");
            writeVideo(video, signature);
            writeAudio(audio, signature.toneHz());
            return new Capture(signature, video, audio);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Y4M file: the stream header, then per frame {@code FRAME\n} and the Y, U and V planes. */
    static void writeVideo(Path file, Signature signature) throws IOException {
        Yuv colour = Yuv.of(signature.red(), signature.green(), signature.blue());
        Yuv white = Yuv.of(255, 255, 255);
        byte[] luma = new byte[WIDTH * HEIGHT];
        byte[] cb = new byte[WIDTH / 2 * (HEIGHT / 2)];
        byte[] cr = new byte[cb.length];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(Y4M_HEADER.getBytes(StandardCharsets.US_ASCII));
            for (int frame = 0; frame < FRAMES; frame++) {
                java.util.Arrays.fill(luma, (byte) colour.y());
                java.util.Arrays.fill(cb, (byte) colour.cb());
                java.util.Arrays.fill(cr, (byte) colour.cr());
                int left = frame * (WIDTH - MARKER) / (FRAMES - 1);
                fill(luma, WIDTH, left, MARKER, white.y());
                fill(cb, WIDTH / 2, left / 2, MARKER / 2, white.cb());
                fill(cr, WIDTH / 2, left / 2, MARKER / 2, white.cr());
                out.write(FRAME_HEADER.getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(cb);
                out.write(cr);
            }
        }
    }

    /** Paints a square of {@code size} plane pixels at the top of a plane {@code stride} wide, from {@code left}. */
    private static void fill(byte[] plane, int stride, int left, int size, int value) {
        for (int row = 0; row < size; row++) {
            java.util.Arrays.fill(plane, row * stride + left, row * stride + left + size, (byte) value);
        }
    }

    /** A canonical PCM WAV (RIFF, fmt chunk of 16 bytes, data chunk), little-endian. */
    static void writeAudio(Path file, int toneHz) throws IOException {
        int samples = SAMPLE_RATE * AUDIO_SECONDS;
        int dataBytes = samples * Short.BYTES;
        ByteBuffer wav = ByteBuffer.allocate(WAV_HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(WAV_HEADER_BYTES - 8 + dataBytes)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII));
        wav.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1) // PCM
                .putShort((short) 1).putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * Short.BYTES)
                .putShort((short) Short.BYTES).putShort((short) Short.SIZE);
        wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        for (int i = 0; i < samples; i++) {
            double value = TONE_AMPLITUDE * Math.sin(2 * Math.PI * toneHz * i / SAMPLE_RATE);
            wav.putShort((short) Math.round(value * Short.MAX_VALUE));
        }
        Files.write(file, wav.array());
    }

    /** One pixel in Y'CbCr, BT.601 studio range (ITU-R BT.601 §2.5.3, 8-bit quantisation). */
    record Yuv(int y, int cb, int cr) {

        static Yuv of(int red, int green, int blue) {
            double luma = 0.299 * red + 0.587 * green + 0.114 * blue;
            return new Yuv(clamp(16 + 219 * luma / 255), clamp(128 + 224 * (blue - luma) / (1.772 * 255)),
                    clamp(128 + 224 * (red - luma) / (1.402 * 255)));
        }

        /** Back to R'G'B' 0–255, as a player would show it. */
        int[] toRgb() {
            double luma = (y - 16) * 255.0 / 219;
            double blueDiff = (cb - 128) * 255.0 / 224 * 1.772;
            double redDiff = (cr - 128) * 255.0 / 224 * 1.402;
            double red = luma + redDiff;
            double blue = luma + blueDiff;
            double green = (luma - 0.299 * red - 0.114 * blue) / 0.587;
            return new int[] {clamp(red), clamp(green), clamp(blue)};
        }

        private static int clamp(double value) {
            return (int) Math.max(0, Math.min(255, Math.round(value)));
        }
    }
}
