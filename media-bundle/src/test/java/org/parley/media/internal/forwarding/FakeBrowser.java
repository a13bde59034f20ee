package org.parley.media.internal.forwarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.media.api.MediaLeg.Track;
import org.parley.media.internal.sdp.BrowserAnswerer;

/**
 * Plays one Chrome peer connection against the SFU, starting from the real-shaped Chrome offer of the sdp tests:
 * its own microphone (mid 0) and camera (mid 1) and, once sharing, a screen (mid 2, added at the end), each with
 * SSRCs of its own ({@link #ssrc}); it answers server offers as Chrome rewrites them (recvonly, own credentials,
 * active, no candidates) and re-offers with every m-line in session order.
 */
public final class FakeBrowser {
    public static final String FINGERPRINT = BrowserAnswerer.FINGERPRINT;
    private static final String TEMPLATE = "/org/parley/media/internal/sdp/chrome-offer-audio-video.sdp";
    private static final long AUDIO_SSRC = 3735928559L;
    private static final long VIDEO_SSRC = 2882400001L;
    private static final long VIDEO_RTX_SSRC = 2882400002L;

    private final int number;
    private final String header;
    /** The template's camera m-line, before this browser's SSRCs were put in: the screen is made from it. */
    private final String templateVideo;
    /** The session's m-lines in order, by mid (an SFU m-line recycled with a new mid keeps its place). */
    private final List<String> mids = new ArrayList<>();
    private final Map<String, String> sections = new LinkedHashMap<>();

    /** Browser {@code number} (1, 2, …): its ufrag and SSRCs differ from every other's. */
    public FakeBrowser(int number) {
        this.number = number;
        String template = template().replace("R9xJ", ufrag());
        String[] parts = template.split("(?<=\r\n)(?=m=)");
        header = parts[0];
        put(0, "0", parts[1].replace(Long.toString(AUDIO_SSRC), Long.toString(ssrc(Track.AUDIO))));
        templateVideo = parts[2];
        put(1, "1", video(templateVideo, "1", Track.VIDEO));
    }

    /** The SSRC this browser sends {@code track} with. */
    public long ssrc(Track track) {
        return 100_000L * number + 10L * track.ordinal() + 1;
    }

    /** The RTX SSRC of a video track. */
    public long rtxSsrc(Track track) {
        return ssrc(track) + 1;
    }

    public String ufrag() {
        return "brw" + number;
    }

    private String video(String section, String mid, Track track) {
        return section.replace("a=mid:1\r\n", "a=mid:" + mid + "\r\n")
                .replace(Long.toString(VIDEO_SSRC), Long.toString(ssrc(track)))
                .replace(Long.toString(VIDEO_RTX_SSRC), Long.toString(rtxSsrc(track)))
                .replace("e5b9d3c7-1f4a-4b8e-8c2d-6a0f9e3b7d1c", track.name().toLowerCase(Locale.ROOT));
    }

    /** Starts sharing the screen: a new video m-line, mid 2, at the end. */
    public void shareScreen() {
        put(mids.size(), "2", video(templateVideo, "2", Track.SCREEN));
    }

    /** What the browser's sending m-lines carry, as the web client tells the server. */
    public Map<String, Track> sending() {
        Map<String, Track> sending = new LinkedHashMap<>();
        sending.put("0", Track.AUDIO);
        sending.put("1", Track.VIDEO);
        if (sections.containsKey("2")) {
            sending.put("2", Track.SCREEN);
        }
        return sending;
    }

    /** An offer of every m-line in session order, the SFU's ones as the last server offer left them. */
    public String offer() {
        StringBuilder sdp = new StringBuilder();
        List<String> bundle = new ArrayList<>();
        for (String mid : mids) {
            String text = sections.get(mid);
            if (!text.startsWith("m=audio 0 ") && !text.startsWith("m=video 0 ")) {
                bundle.add(mid);
            }
        }
        sdp.append(header.replaceFirst("a=group:BUNDLE [^\r]*", "a=group:BUNDLE " + String.join(" ", bundle)));
        mids.forEach(mid -> sdp.append(sections.get(mid)));
        return sdp.toString();
    }

    /** Chrome's answer to the server's {@code offer}; remembers the SFU's m-lines for later offers. */
    public String answer(String offer) {
        String[] parts = offer.split("(?<=\r\n)(?=m=)");
        StringBuilder answer = new StringBuilder(BrowserAnswerer.answer(parts[0], ufrag()));
        for (int i = 1; i < parts.length; i++) {
            String section = BrowserAnswerer.answer(parts[i], ufrag());
            answer.append(section);
            String mid = section.replaceFirst("(?s).*a=mid:([^\r]*)\r\n.*", "$1");
            if (mid.startsWith("s")) {
                put(i - 1, mid, section.replace("a=setup:active", "a=setup:actpass"));
            }
        }
        return answer.toString();
    }

    private void put(int index, String mid, String text) {
        if (index < mids.size()) {
            sections.remove(mids.set(index, mid));
        } else {
            mids.add(mid);
        }
        sections.put(mid, text);
    }

    private static String template() {
        try (InputStream in = FakeBrowser.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
