package org.parley.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The headless Chromiums of one media test (at most {@value #LIMIT}: the CI budget and two cores), each with
 * the fake camera and microphone of its own {@link Signature} ({@link MediaFiles} in the test's own folder), a
 * window near 640×360, autoplay without a gesture (the receivers' audio and the probe's AudioContext) and
 * {@link MediaProbe} preloaded. {@code getDisplayMedia} is granted without a picker by the fake UI and captures
 * Chromium's fake screen (a green test pattern). Local addresses are not hidden behind mDNS names: nothing is ever
 * announced by multicast. Closes every browser it started.
 */
final class MediaBrowsers implements AutoCloseable {

    static final int LIMIT = 4;
    /** Chromium's window; the viewport is about 640×340 of it. */
    static final String WINDOW = "--window-size=640,480";

    private final Path folder;
    private final List<Chromium> started = new ArrayList<>();

    /** Browsers whose media files go to a folder of this test's own under the run's work folder. */
    MediaBrowsers(String test) {
        this.folder = Path.of(System.getProperty("parley.work", "target/e2e"))
                .resolve("media-" + test + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A browser sending this signature, its meeting page named so in messages, the probe installed. */
    MediaProbe open(Signature signature, String name) {
        return open(signature, name, options -> { });
    }

    /** The same, with more options (another binary, say) applied last. */
    MediaProbe open(Signature signature, String name, Consumer<ChromeOptions> more) {
        if (started.size() == LIMIT) {
            throw new IllegalStateException("at most " + LIMIT + " media browsers per test");
        }
        MediaFiles.Capture capture = MediaFiles.write(folder, signature);
        Chromium browser = new Chromium(options -> {
            options.addArguments(WINDOW, "--autoplay-policy=no-user-gesture-required",
                    "--use-file-for-fake-video-capture=" + capture.video().toAbsolutePath(),
                    "--use-file-for-fake-audio-capture=" + capture.audio().toAbsolutePath(),
                    "--disable-features=WebRtcHideLocalIpsWithMdns");
            more.accept(options);
        });
        started.add(browser);
        return new MediaProbe(new MeetingPage(browser, name), signature);
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        started.forEach(Chromium::close);
        started.clear();
    }
}
