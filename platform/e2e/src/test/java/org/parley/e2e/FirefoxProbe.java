package org.parley.e2e;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;

/**
 * {@link MediaProbe}'s counterpart in {@link Firefox}: the same {@code media-probe.js}, preloaded into every document
 * by WebDriver BiDi ({@code script.addPreloadScript}) instead of CDP, read through {@link FirefoxPage#json}. It
 * reports the same {@link MediaProbe.Feed}s (Firefox has {@code requestVideoFrameCallback}, canvas and AnalyserNode
 * alike) and {@link MediaProbe.Sending} (Firefox's statistics have no {@code media-source} level and no
 * {@code availableOutgoingBitrate}, so those read 0). Not thread-safe: one test thread drives one page.
 */
final class FirefoxProbe {

    /** Firefox's fake microphone: a sine of {@code media.navigator.audio.fake_frequency}, 1000 Hz by default. */
    static final int FAKE_TONE_HZ = 1000;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final FirefoxPage page;

    /** Preloads the probe into every document this Firefox opens from now on (before {@link FirefoxPage#open}). */
    FirefoxProbe(Firefox browser, FirefoxPage page) {
        this.page = page;
        browser.preload("() => {" + MediaProbe.SCRIPT + "}");
    }

    FirefoxPage page() {
        return page;
    }

    /** Every remote feed shown now: tiles, then screen tiles. */
    List<MediaProbe.Feed> feeds() {
        return read(page.json("(tolerance) => window.__parleyProbe.feeds(" + MediaProbe.TONES + ", tolerance)",
                Signature.TONE_TOLERANCE_HZ), new TypeReference<>() { });
    }

    /** The camera-and-microphone tile of this participant, if shown. */
    Optional<MediaProbe.Feed> feed(String participant) {
        return feeds().stream().filter(f -> !f.screen() && participant.equals(f.participant())).findFirst();
    }

    MediaProbe.Sending sending() {
        return read(page.json("() => window.__parleyProbe.sending()"), new TypeReference<>() { });
    }

    /**
     * What Firefox's video encoders aim at now (bit/s): the growth of outbound-rtp {@code totalEncodedBytesTarget}
     * over one second. The target follows Firefox's bandwidth estimate, which rises above its start only with the
     * receiver's feedback (transport-cc); Firefox reports no {@code availableOutgoingBitrate}.
     */
    double videoEncoderTarget() {
        return page.json("async () => { const read = async () => (await window.__parleyProbe.reports('outbound-rtp'))"
                + ".filter((r) => r.kind === 'video').reduce((sum, r) => ({ bytes: sum.bytes"
                + " + (r.totalEncodedBytesTarget || 0), at: r.timestamp }), { bytes: 0, at: 0 });"
                + " const before = await read(); await new Promise((done) => setTimeout(done, 1000));"
                + " const after = await read(); return (after.bytes - before.bytes) * 8000 / (after.at - before.at); }")
                .asDouble();
    }

    /** What a failed wait shows: the page's live peer connections' local and remote descriptions. */
    String descriptions() {
        return page.json("() => window.__parleyProbe.descriptions()").toString();
    }

    private <T> T read(JsonNode json, TypeReference<T> type) {
        try {
            return JSON.convertValue(json, type);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(page + ": the probe answered " + json, e);
        }
    }

    @Override
    public String toString() {
        return page + " (Firefox's fake camera and " + FAKE_TONE_HZ + " Hz tone)";
    }
}
