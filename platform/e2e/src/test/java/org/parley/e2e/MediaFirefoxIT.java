package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Issue 6 item 11's "Supported: Firefox" with media through the real SFU: the host in headless Chromium (the red
 * picture and 440 Hz tone of {@link Signature#RED}) and a guest in Debian's Firefox ESR (its fake devices: a picture
 * whose colour moves steadily round the chroma plane and a {@value FirefoxProbe#FAKE_TONE_HZ} Hz tone) join one open
 * meeting. Firefox decodes the host's colour and tone in the host's tile; Chromium decodes Firefox's picture (frames
 * presented, its colour moving) and hears Firefox's tone; Firefox's video encoder aims above 1 Mbit/s within 20 s
 * (its bandwidth estimate grows on the SFU's transport-cc feedback); when the guest mutes, Chromium hears nothing of
 * it. Both
 * pages sample with {@code media-probe.js} ({@link MediaProbe}, {@link FirefoxProbe}). Prints join → first remote
 * frame on each page and what each sends. A failed step skips the rest and leaves screenshots of both pages.
 *
 * <p>The appliance is the test's own, its media bound to and advertised on this machine's end of a
 * {@link NetworkNamespace}'s link: Firefox gathers no loopback candidate and pairs none of its own with a loopback
 * one ({@code media.peerconnection.ice.loopback} changes neither in ESR 153), so an SFU on 127.0.0.1 is out of its
 * reach. Both browsers stay on this machine (pages over https://127.0.0.1) and send their media to the link's
 * address, which is this machine's own: no packet leaves it.
 */
@ExtendWith(StepByStep.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MediaFirefoxIT implements StepByStep.Screens {

    private static final String GUEST = "Flora Firefox";
    /** A colour that moved at least this far (RGB distance) between two samples is a live picture, not a still. */
    private static final double MOVED = 10;
    private static final long MOVE_WINDOW_MILLIS = 1_500;
    private static final double ONE_MEGABIT = 1_000_000;

    @RegisterExtension
    static final TestWatcher FIREFOX_SCREENSHOT = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (guest != null) {
                guest.page().screenshot("media-firefox-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    private static NetworkNamespace namespace;
    private static Appliance parley;
    private static MeetingFixture people;
    private static MediaBrowsers chromiums;
    private static Firefox firefox;
    private static MediaProbe hostProbe;
    private static FirefoxProbe guest;
    private static MediaCall.Person host;
    private static String guestId;
    /** Firefox's Join click, in milliseconds since the epoch (both browsers share this machine's clock). */
    private static double guestJoinClickedAt;

    @BeforeAll
    static void anApplianceWithMediaOffLoopbackAChromiumAndAFirefox() {
        namespace = NetworkNamespace.linked();
        parley = Appliance.boot(Map.of(MediaTransport.FILE, MediaTransport.on(namespace.hostAddress()).file()));
        people = MeetingFixture.of(parley);
        chromiums = new MediaBrowsers("firefox");
        hostProbe = chromiums.open(Signature.RED, "host");
        System.out.println("[media] " + Firefox.version());
        firefox = Firefox.start();
        guest = new FirefoxProbe(firefox, new FirefoxPage(firefox, "firefox-guest"));
    }

    @AfterAll
    static void closeEverything() throws Exception {
        Resources.closeAll(firefox, chromiums, parley, namespace);
    }

    @Override
    public List<MeetingPage> pages() {
        return hostProbe == null ? List.of() : List.of(hostProbe.page());
    }

    @Test
    @Order(1)
    void theChromiumHostAndTheFirefoxGuestJoinOneMeeting() {
        String meetingId = people.createOpen("Firefox media " + UUID.randomUUID().toString().substring(0, 8));
        String site = "https://127.0.0.1:" + parley.httpsPort();
        host = MediaCall.hostJoins(hostProbe, site, meetingId, people.hostAccount());
        FirefoxPage page = guest.page();
        page.open(site + "/m/" + meetingId);
        page.shown(FirefoxPage.testId("prejoin"));
        page.type(FirefoxPage.testId("join-name"), GUEST);
        guestJoinClickedAt = page.json("() => performance.timeOrigin + performance.now()").asDouble();
        page.click(FirefoxPage.testId("join-button"));
        page.shown(FirefoxPage.testId("room"));
        guestId = page.frame("welcome").path("you").path("id").asText();
    }

    @Test
    @Order(2)
    void firefoxDecodesTheHostsColourAndToneInTheHostsTile() {
        untilFirefox("it decodes the host's red and 440 Hz", feeds -> hostTile(feeds)
                .filter(feed -> feed.colour().equals(Optional.of(Signature.RED))
                        && feed.heard().equals(Optional.of(Signature.RED))).isPresent());
        List<MediaProbe.Feed> feeds = guest.feeds().stream().filter(feed -> !feed.screen()).toList();
        assertEquals(List.of(host.id()), feeds.stream().map(MediaProbe.Feed::participant).toList(),
                "Firefox's remote tiles: the host's alone, never its own");
        long frames = feeds.get(0).frames();
        untilFirefox("new frames of the host arrive", now -> hostTile(now).orElseThrow().frames() > frames);
        MediaProbe.Feed hostFeed = hostTile(guest.feeds()).orElseThrow();
        double timeOrigin = guest.page().json("() => performance.timeOrigin").asDouble();
        System.out.printf("[media] Firefox: join to the host's first frame %d ms; the host's tile: %s%n",
                Math.round(timeOrigin + hostFeed.firstFrameAt() - guestJoinClickedAt), hostFeed);
    }

    @Test
    @Order(3)
    void chromiumDecodesFirefoxsMovingPictureAndHearsItsTone() {
        MediaCall.until(host, "it decodes Firefox's picture and hears its tone", probe -> probe.feed(guestId)
                .filter(feed -> feed.frames() > 0 && feed.width() > 0 && hearsFirefox(feed)).isPresent());
        MediaProbe.Feed first = hostProbe.feed(guestId).orElseThrow();
        Appliance.pause(MOVE_WINDOW_MILLIS);
        MediaProbe.Feed later = hostProbe.feed(guestId).orElseThrow();
        assertTrue(later.frames() > first.frames(), "Firefox's picture goes on: " + first + " then " + later);
        assertTrue(distance(first.rgb(), later.rgb()) >= MOVED, "Firefox's fake camera's colour moves in Chromium: "
                + first + " then " + later);
        assertTrue(hearsFirefox(later), "Firefox's tone is still heard: " + later);
        assertEquals(List.of(guestId), hostProbe.feeds().stream().filter(feed -> !feed.screen())
                .map(MediaProbe.Feed::participant).toList(), "Chromium's remote tiles: the guest's alone");
        double timeOrigin = ((Number) host.page().script("return performance.timeOrigin")).doubleValue();
        MediaProbe.Sending sent = guest.sending();
        System.out.printf("[media] Chromium: Firefox's join to its first frame %d ms; Firefox's tile: %s%n",
                Math.round(timeOrigin + first.firstFrameAt() - guestJoinClickedAt), later);
        System.out.printf("[media] Firefox sent %d audio and %d video packets over %s; Chromium sends %s%n",
                sent.audio(), sent.video(), sent.transport(), hostProbe.sending());
    }

    @Test
    @Order(4)
    void firefoxsVideoEncoderTargetPassesOneMegabitWithinTwentySeconds() {
        long started = System.nanoTime();
        double[] target = {0};
        guest.page().until("Firefox's video encoder aims above 1 Mbit/s", page -> {
            target[0] = guest.videoEncoderTarget();
            return target[0] > ONE_MEGABIT;
        });
        System.out.printf("[media] Firefox's video encoder aims at %.2f Mbit/s %d ms after the picture arrived; "
                + "Chromium shows it %d px wide%n", target[0] / 1e6, (System.nanoTime() - started) / 1_000_000,
                hostProbe.feed(guestId).orElseThrow().width());
    }

    @Test
    @Order(5)
    void whenTheFirefoxGuestMutesChromiumHearsNothingOfItsTone() {
        guest.page().click(FirefoxPage.testId("toggle-mic"));
        guest.page().until("the microphone is off", page -> "true".equals(page.attribute(
                FirefoxPage.testId("toggle-mic"), "aria-pressed")));
        MediaCall.until(host, "nothing of Firefox's tone arrives", probe -> probe.feed(guestId)
                .map(feed -> feed.tone() == null || feed.tone().levels().get(FirefoxProbe.FAKE_TONE_HZ)
                        < MediaProbe.SILENT_DB).orElse(false));
        untilFirefox("the host is still heard", feeds -> hostTile(feeds).flatMap(MediaProbe.Feed::heard)
                .equals(Optional.of(Signature.RED)));
    }

    /** The host's camera-and-microphone tile among Firefox's feeds. */
    private static Optional<MediaProbe.Feed> hostTile(List<MediaProbe.Feed> feeds) {
        return feeds.stream().filter(feed -> !feed.screen() && feed.participant().equals(host.id())).findFirst();
    }

    private static boolean hearsFirefox(MediaProbe.Feed feed) {
        return feed.tone() != null && feed.tone().db() >= MediaProbe.HEARD_DB
                && Math.abs(feed.tone().hz() - FirefoxProbe.FAKE_TONE_HZ) <= Signature.TONE_TOLERANCE_HZ;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    /** Waits until the condition holds on Firefox's feeds; a timeout shows what Firefox had. */
    private static void untilFirefox(String what, Predicate<List<MediaProbe.Feed>> condition) {
        try {
            guest.page().until(what, page -> condition.test(guest.feeds()));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nFirefox has " + guest.feeds() + ", sends " + guest.sending()
                    + "\nits connections: " + guest.descriptions()
                    + "\nits frames: " + guest.page().json("() => window.__parleyRecord.frames.filter((f) =>"
                    + " !f.includes('\"pong\"'))"), e);
        }
    }
}
