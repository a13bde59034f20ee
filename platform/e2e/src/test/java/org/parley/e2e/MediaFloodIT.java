package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A flood of hostile datagrams on the media port of the shared appliance during a two-person call
 * ({@link HostileDatagrams}: garbage, STUN with the call's own usernames but wrong integrity, lying lengths, fake
 * DTLS, fake SRTP with the call's SSRCs, lying RTCP, absurd RTP): the call goes on, both pages still decoding each
 * other's colour and tone with new frames arriving, and the media drop counters of {@code /metrics} rose.
 */
@ExtendWith({ParleyExtension.class, StepByStep.class})
class MediaFloodIT implements StepByStep.Screens {

    static final int DATAGRAMS = 20_000;
    /** Sent in bursts of this many, then a pause, so the kernel's receive buffer rather than Parley is not the test. */
    private static final int BURST = 100;
    private static final long PAUSE_MILLIS = 5;
    /**
     * The media bundle's counters of dropped packets, whatever the reason label: a sample named
     * {@code parley_media_…drop…} (Micrometer's {@code parley.media.….dropped} counters).
     */
    static final Pattern MEDIA_DROPS = Pattern.compile("parley_media_\\w*drop\\w*(\\{.*})?");
    private static final Pattern ICE_UFRAG = Pattern.compile("a=ice-ufrag:(\\S+)");
    private static final Pattern SSRC = Pattern.compile("a=ssrc:(\\d+) ");

    private static Appliance parley;
    private static MediaBrowsers browsers;
    private static MediaCall.Person ann;
    private static MediaCall.Person yves;

    @BeforeAll
    static void twoPeopleInACall(Appliance shared) {
        parley = shared;
        browsers = new MediaBrowsers("flood");
        String link = "https://127.0.0.1:" + parley.httpsPort() + "/m/" + MeetingFixture.of(parley)
                .createOpen("Flood " + UUID.randomUUID().toString().substring(0, 8));
        ann = MediaCall.guestJoins(browsers.open(Signature.RED, "ann"), link, "Ann Red");
        yves = MediaCall.guestJoins(browsers.open(Signature.YELLOW, "yves"), link, "Yves Yellow");
    }

    @AfterAll
    static void closeBrowsers() {
        browsers.close();
    }

    @Override
    public List<MeetingPage> pages() {
        return java.util.stream.Stream.of(ann, yves).filter(java.util.Objects::nonNull).map(MediaCall.Person::page)
                .toList();
    }

    @Test
    void theCallGoesOnThroughAFloodOfHostileDatagramsAndTheDropsAreCounted() throws IOException {
        MediaCall.awaitEachOther(ann, List.of(yves));
        MediaCall.awaitEachOther(yves, List.of(ann));
        double dropsBefore = Metrics.sum(parley, MEDIA_DROPS);
        long seed = System.nanoTime();
        long started = System.nanoTime();
        flood(new HostileDatagrams(seed, username(ann), ssrcs(ann, yves)));
        System.out.printf("[media] %d hostile datagrams (seed %d) in %d ms%n", DATAGRAMS, seed,
                (System.nanoTime() - started) / 1_000_000);

        assertTrue(parley.isAlive(), "Parley is still running");
        for (MediaCall.Person[] pair : new MediaCall.Person[][] {{ann, yves}, {yves, ann}}) {
            long frames = pair[0].probe().feed(pair[1].id()).orElseThrow().frames();
            MediaCall.until(pair[0], "new frames of " + pair[1] + " arrive after the flood", probe -> probe
                    .feed(pair[1].id()).filter(feed -> feed.frames() > frames).isPresent());
            MediaCall.awaitEachOther(pair[0], List.of(pair[1]));
        }
        try {
            Await.until("the media drop counters rose", () -> Metrics.sum(parley, MEDIA_DROPS) > dropsBefore);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; /metrics has " + mediaSamples(), e);
        }
        System.out.printf("[media] media drop counters: %.0f before, %.0f after the flood%n", dropsBefore,
                Metrics.sum(parley, MEDIA_DROPS));
    }

    private static void flood(HostileDatagrams datagrams) throws IOException {
        InetSocketAddress target = MediaTransport.of(parley).udp();
        try (DatagramChannel channel = DatagramChannel.open()) {
            channel.bind(new InetSocketAddress(MediaTransport.LOOPBACK, 0));
            for (int sent = 0; sent < DATAGRAMS; sent++) {
                channel.send(ByteBuffer.wrap(datagrams.next()), target);
                if (sent % BURST == BURST - 1) {
                    Appliance.pause(PAUSE_MILLIS);
                }
            }
        }
    }

    /** The USERNAME of the page's own connectivity checks: the server's ufrag, then the browser's (RFC 8445 §7.2.2). */
    private static String username(MediaCall.Person person) {
        String local = person.probe().localDescription();
        String remote = person.page().frames().stream().filter(f -> "sdp-answer".equals(f.path("type").asText()))
                .map(f -> f.path("sdp").asText()).findFirst().orElse("");
        return first(ICE_UFRAG, remote) + ":" + first(ICE_UFRAG, local);
    }

    private static int[] ssrcs(MediaCall.Person... people) {
        List<Integer> found = new ArrayList<>();
        for (MediaCall.Person person : people) {
            Matcher matcher = SSRC.matcher(person.probe().localDescription());
            while (matcher.find()) {
                found.add((int) Long.parseLong(matcher.group(1)));
            }
        }
        return found.stream().distinct().mapToInt(Integer::intValue).toArray();
    }

    private static String first(Pattern pattern, String sdp) {
        Matcher matcher = pattern.matcher(sdp);
        return matcher.find() ? matcher.group(1) : "unknown";
    }

    private static List<String> mediaSamples() {
        return Arrays.stream(parley.api().get("/metrics").body().split("\n"))
                .filter(line -> line.startsWith("parley_media")).toList();
    }
}
