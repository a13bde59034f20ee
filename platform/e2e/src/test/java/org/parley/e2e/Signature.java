package org.parley.e2e;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * What one participant's fake camera shows and fake microphone plays ({@link MediaFiles}): a solid colour and a
 * sine tone that no other participant of the test has. A receiver names the signature it decodes by the nearest
 * colour within {@link #MAX_COLOUR_DISTANCE} and the tone within {@link #TONE_TOLERANCE_HZ}.
 */
enum Signature {
    RED(255, 0, 0, 440),
    GREEN(0, 255, 0, 660),
    BLUE(0, 0, 255, 880),
    YELLOW(255, 255, 0, 1100);

    /**
     * Euclidean RGB distance under which a sampled colour counts as this signature's. The four colours are at least
     * 255 apart, so 60 leaves room for codec and conversion error yet refuses black, grey and Chromium's own fake
     * camera pattern.
     */
    static final double MAX_COLOUR_DISTANCE = 60;
    /** The analyser's bins are 48000 / 8192 ≈ 5.9 Hz wide; ±30 Hz allows for rounding and resampling. */
    static final double TONE_TOLERANCE_HZ = 30;

    private final int red;
    private final int green;
    private final int blue;
    private final int toneHz;

    Signature(int red, int green, int blue, int toneHz) {
        this.red = red;
        this.green = green;
        this.blue = blue;
        this.toneHz = toneHz;
    }

    int red() {
        return red;
    }

    int green() {
        return green;
    }

    int blue() {
        return blue;
    }

    int toneHz() {
        return toneHz;
    }

    double distanceTo(double r, double g, double b) {
        return Math.sqrt((r - red) * (r - red) + (g - green) * (g - green) + (b - blue) * (b - blue));
    }

    /** The signature whose colour is nearest to this average, if it is near enough to count. */
    static Optional<Signature> ofColour(double r, double g, double b) {
        return Arrays.stream(values()).min(Comparator.comparingDouble(s -> s.distanceTo(r, g, b)))
                .filter(s -> s.distanceTo(r, g, b) <= MAX_COLOUR_DISTANCE);
    }

    /** The signature whose tone this peak frequency is, if any. */
    static Optional<Signature> ofTone(double hz) {
        return Arrays.stream(values()).filter(s -> Math.abs(s.toneHz - hz) <= TONE_TOLERANCE_HZ).findFirst();
    }
}
