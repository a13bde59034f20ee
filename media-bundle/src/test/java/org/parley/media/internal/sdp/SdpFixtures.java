package org.parley.media.internal.sdp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real-shaped Chrome and Firefox offers of the test resources and the server transport the tests advertise. */
final class SdpFixtures {
    static final String AUDIO_VIDEO = "chrome-offer-audio-video.sdp";
    static final String SCREEN_SIMULCAST = "chrome-offer-audio-video-screen-simulcast.sdp";
    /** Firefox ESR 153's offer as the web client makes it (see {@link FirefoxOfferTest}). */
    static final String FIREFOX_AUDIO_VIDEO = "firefox-offer-audio-video.sdp";
    static final String SERVER_UFRAG = "srvA";
    static final String SERVER_PWD = "ServerPassword0123456789";
    static final String SERVER_FINGERPRINT =
            "0A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8:F9:0A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8:F9";
    static final LocalSession LOCAL = new LocalSession(7_000_000_000_000_000_001L, new ServerTransport(
            new IceCredentials(SERVER_UFRAG, SERVER_PWD), new Fingerprint(SERVER_FINGERPRINT), "203.0.113.7",
            10000, 4443));

    private SdpFixtures() {
    }

    static String offer(String name) {
        try (InputStream in = SdpFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code sdp} with every line equal to {@code line} removed. */
    static String without(String sdp, String line) {
        return sdp.replace(line + "\r\n", "");
    }
}
