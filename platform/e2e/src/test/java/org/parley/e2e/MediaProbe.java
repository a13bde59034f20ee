package org.parley.e2e;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What one page decodes and sends, read by {@code media-probe.js} (preloaded into every document of the page
 * before the app's scripts, through CDP like {@link MeetingPage}'s recorder): for each remote tile the average colour
 * of the picture's centre, the peak of an AnalyserNode on its audio track and the frames presented; from the page's
 * own RTCPeerConnections (recorded by the script) packets received per track and what the page sends. It relies only
 * on the web client's documented DOM hooks; the app needs no debug hook for it.
 *
 * <p>Not thread-safe: one test thread drives one page.
 */
final class MediaProbe {

    /** A tone at least this loud (dB, the analyser's full scale) is heard; Chromium's processing leaves ~-40. */
    static final double HEARD_DB = -70;
    /** Below this at a tone's frequency nothing of it arrives (silence reads −140 or lower). */
    static final double SILENT_DB = -90;
    static final String SCRIPT = resource("media-probe.js");
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** The frequencies whose levels every feed reports: each signature's tone and Firefox's fake microphone's. */
    static final List<Integer> TONES = Stream.concat(Arrays.stream(Signature.values())
            .map(Signature::toneHz), Stream.of(FirefoxProbe.FAKE_TONE_HZ)).toList();

    /** The sound of one feed: the loudest frequency, its level, and the level near each signature's tone. */
    record Tone(double hz, double db, Map<Integer, Double> levels, String state) {
    }

    /** A received track of a feed. */
    record Track(String id, String kind, String state) {
    }

    /** One remote tile (or screen tile) as the page shows it now. */
    record Feed(String participant, boolean screen, boolean speaking, int width, long frames, Double firstFrameAt,
            double[] rgb, Tone tone, List<Track> tracks) {

        /** The signature whose colour the picture's centre shows, if any. */
        Optional<Signature> colour() {
            return rgb == null ? Optional.empty() : Signature.ofColour(rgb[0], rgb[1], rgb[2]);
        }

        /** The signature whose tone is heard loudest, if one is heard. */
        Optional<Signature> heard() {
            return tone == null || tone.db() < HEARD_DB ? Optional.empty() : Signature.ofTone(tone.hz());
        }

        /** Nothing of this signature's tone is in the feed's sound (or the feed has no sound at all). */
        boolean silentFor(Signature signature) {
            return tone == null || tone.levels().getOrDefault(signature.toneHz(), Double.NEGATIVE_INFINITY)
                    < SILENT_DB;
        }

        List<String> trackIds() {
            return tracks.stream().map(Track::id).toList();
        }

        @Override
        public String toString() {
            return (screen ? "screen of " : "feed of ") + participant + ": " + width + " px, " + frames
                    + " frames, rgb " + Arrays.toString(rgb) + ", tone " + tone + (speaking ? ", speaking" : "");
        }
    }

    /**
     * What the page sends over all its live peer connections: packets per kind, the microphone's level (0–1), the
     * sending estimate of the selected candidate pair (bit/s) and its local protocol.
     */
    record Sending(long audio, long video, double audioLevel, double bitrate, String transport, int connections) {
    }

    /**
     * Whether a feed shows Chromium's fake screen (what {@code getDisplayMedia} captures under the fake UI): a green
     * test pattern, dark green with a light green disc, whose centre is far from every signature's colour.
     */
    static boolean isFakeScreen(Feed feed) {
        double[] rgb = feed.rgb();
        return rgb != null && rgb[1] > 100 && rgb[1] > 2 * rgb[0] && rgb[1] > 2 * rgb[2] && feed.colour().isEmpty();
    }

    private final MeetingPage page;
    private final Signature signature;

    /**
     * Preloads the probe into every document this page opens from now on (before {@link MeetingPage#open}).
     *
     * @param signature what this page's fake camera and microphone send
     */
    MediaProbe(MeetingPage page, Signature signature) {
        this.page = page;
        this.signature = signature;
        page.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SCRIPT));
    }

    MeetingPage page() {
        return page;
    }

    Signature signature() {
        return signature;
    }

    /** Every remote feed shown now: tiles, then screen tiles. */
    List<Feed> feeds() {
        return read(page.script("return JSON.stringify(window.__parleyProbe.feeds(arguments[0], arguments[1]))",
                TONES, Signature.TONE_TOLERANCE_HZ), new TypeReference<>() { });
    }

    /** The camera-and-microphone tile of this participant, if shown. */
    Optional<Feed> feed(String participant) {
        return feeds().stream().filter(f -> !f.screen() && participant.equals(f.participant())).findFirst();
    }

    /** The screen tile of this participant, if shown. */
    Optional<Feed> screen(String participant) {
        return feeds().stream().filter(f -> f.screen() && participant.equals(f.participant())).findFirst();
    }

    /** RTP packets received so far on these tracks (0 when their receivers are gone). */
    long received(List<String> trackIds) {
        Object packets = async("window.__parleyProbe.received(arguments[0])", trackIds);
        if (!(packets instanceof Number)) {
            throw new AssertionError(page + ": " + packets);
        }
        return ((Number) packets).longValue();
    }

    Sending sending() {
        return read(async("window.__parleyProbe.sending().then(JSON.stringify)"), new TypeReference<>() { });
    }

    /**
     * The sending estimate of the page's first peer connection since it was made, as media-probe.js reads it every
     * 500 ms: the highest seen, and when it first passed 1 Mbit/s (ms after the connection was made; null: not yet).
     */
    record Estimate(double highest, Long aboveOneMegabitAfter) {
    }

    Estimate estimate() {
        List<Estimate> all = read(page.script("return JSON.stringify(window.__parleyProbe.estimates())"),
                new TypeReference<>() { });
        return all.isEmpty() ? new Estimate(0, null) : all.get(0);
    }

    /** Every statistics report of this type (WebRTC's {@code outbound-rtp}, say) over the live connections. */
    List<Map<String, Object>> reports(String type) {
        return read(async("window.__parleyProbe.reports(arguments[0]).then(JSON.stringify)", type),
                new TypeReference<>() { });
    }

    /** The local (the browser's own) session description of the page's live peer connection, or "" before one. */
    String localDescription() {
        List<?> descriptions = (List<?>) page.script("return window.__parleyProbe.descriptions()");
        return descriptions.stream().map(d -> ((Map<?, ?>) d).get("local")).filter(java.util.Objects::nonNull)
                .map(String::valueOf).reduce((first, last) -> last).orElse("");
    }

    /** As a hostile page's script would: every sending track enabled again; the kinds enabled. */
    List<?> enableSenders() {
        return (List<?>) page.script("return window.__parleyProbe.enableSenders()");
    }

    /**
     * From now on the page's peer connections ignore {@code close()} and its tracks {@code stop()}: a client that
     * keeps sending after its meeting ended for it.
     */
    void keepSending() {
        page.script("window.__parleyProbe.keepOpen = true");
    }

    private Object async(String promise, Object... arguments) {
        return ((JavascriptExecutor) page.browser().driver()).executeAsyncScript("const done = arguments["
                + "arguments.length - 1]; " + promise + ".then(done, (e) => done('probe failed: ' + e))", arguments);
    }

    @Override
    public String toString() {
        return page + " (" + signature + ")";
    }

    private <T> T read(Object json, TypeReference<T> type) {
        try {
            return JSON.readValue(String.valueOf(json), type);
        } catch (IOException e) {
            throw new AssertionError(page + ": the probe answered " + json, e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = MediaProbe.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
