package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.e2e.MeetingPage.participant;
import static org.parley.e2e.MeetingPage.testId;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Issue 7's call in three headless Chromiums on an appliance of its own, one ordered sequence: the host (signed
 * in) and two guests each send a colour and a tone of their own and each decodes the other two's, never its own;
 * every page's sending estimate passes 1 Mbit/s within 20 s of its connection being made; the dominant speaker's
 * tile is marked; a screen share is decoded as a screen tile; after the host's mute-all, and after a removal, pages
 * that turn their tracks back on by script reach no one. Prints the closing note's figures (join to first remote
 * frame, the appliance's CPU during the call, heap per participant). A failed step skips the rest and leaves
 * screenshots.
 */
@ExtendWith(StepByStep.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MediaBrowserIT implements StepByStep.Screens {

    private static final Duration BITRATE_LIMIT = Duration.ofSeconds(20);
    private static final Duration CPU_WINDOW = Duration.ofSeconds(10);
    /** How long a page must receive nothing from someone to count as receiving nothing. */
    private static final long SILENCE_WINDOW_MILLIS = 3_000;

    /**
     * Its own appliance, whose heap is fresh: the plain colours make each browser an application-limited sender, so
     * its estimate stays where its first probes left it, and a probe that crosses a pause of the appliance's process
     * is measured low. On the shared one, its heap filled by the run's other classes, the serial collector stopped
     * for 130–350 ms, and the last joiner's estimate stayed near 0.6 Mbit/s in 2 of 4 full runs; freezing Parley for
     * 60 ms every 310 ms during the joins leaves every estimate at 0.28–0.31 Mbit/s. The appliance runs at the unit's
     * priority ({@link Appliance}): at nice 0 beside these three browsers, a joiner's first probe was read 10–38 ms
     * late and a page's estimate stayed at 0.31–0.98 Mbit/s in 4 of 5 runs.
     */
    @RegisterExtension
    static final OwnAppliance PARLEY = new OwnAppliance();

    private static Appliance parley;
    private static MeetingFixture people;
    private static MediaBrowsers browsers;
    private static MediaProbe hostProbe;
    private static MediaProbe adaProbe;
    private static MediaProbe benProbe;
    private static MediaCall.Person host;
    private static MediaCall.Person ada;
    private static MediaCall.Person ben;
    private static long heapBefore;

    @BeforeAll
    static void threeBrowsers() {
        parley = PARLEY.get();
        people = MeetingFixture.of(parley);
        browsers = new MediaBrowsers("call");
        hostProbe = browsers.open(Signature.RED, "host");
        adaProbe = browsers.open(Signature.GREEN, "ada");
        benProbe = browsers.open(Signature.BLUE, "ben");
    }

    @AfterAll
    static void closeBrowsers() {
        browsers.close();
    }

    @Override
    public List<MeetingPage> pages() {
        return Stream.of(hostProbe, adaProbe, benProbe).filter(Objects::nonNull).map(MediaProbe::page).toList();
    }

    @Test
    @Order(1)
    void threePeopleJoinAndEachDecodesTheColourAndToneOfEachOtherButNeverItsOwn() {
        String meetingId = people.createOpen("Media check " + UUID.randomUUID().toString().substring(0, 8));
        String site = "https://127.0.0.1:" + parley.httpsPort();
        heapBefore = ApplianceLoad.heapAfterCollection(parley);
        host = MediaCall.hostJoins(hostProbe, site, meetingId, people.hostAccount());
        ada = MediaCall.guestJoins(adaProbe, site + "/m/" + meetingId, "Ada Green");
        ben = MediaCall.guestJoins(benProbe, site + "/m/" + meetingId, "Ben Blue");
        for (MediaCall.Person person : everyone()) {
            MediaCall.awaitEachOther(person, others(person));
        }
        System.out.printf("[media] join to first remote video frame: %d ms (Ben, the last to join), %d ms (Ada)%n",
                ben.joinToFirstRemoteFrame(), ada.joinToFirstRemoteFrame());
    }

    @Test
    @Order(2)
    void everyPageSendsAboveOneMegabitWithinTwentySecondsWhileParleyUsesLittleCpu() {
        try {
            Await.until("every page's sending estimate passed 1 Mbit/s", BITRATE_LIMIT, () -> everyone().stream()
                    .allMatch(person -> person.probe().estimate().aboveOneMegabitAfter() != null));
        } catch (AssertionError e) {
            System.out.println("[media] " + e.getMessage()); // each page's figures follow, then the failure
        }
        boolean met = true;
        for (MediaCall.Person person : everyone()) {
            MediaProbe.Estimate estimate = person.probe().estimate();
            Long after = estimate.aboveOneMegabitAfter();
            met &= after != null && after <= BITRATE_LIMIT.toMillis();
            System.out.printf("[media] %s: estimate above 1 Mbit/s %s after its connection was made (highest %.2f "
                    + "Mbit/s, now %.2f over %s; encoder %s)%n", person, after == null ? "never" : after + " ms",
                    estimate.highest() / 1e6, bitrate(person) / 1e6, person.probe().sending().transport(),
                    videoEncoder(person));
        }
        System.out.printf("[media] Parley's CPU during the 3-person call: %.1f %% of one core (over %d s)%n",
                ApplianceLoad.cpuPercent(parley, CPU_WINDOW), CPU_WINDOW.toSeconds());
        long heapAfter = ApplianceLoad.heapAfterCollection(parley);
        System.out.printf("[media] heap after a full GC: %d KiB before the call, %d KiB with 3 in it: %d KiB per "
                + "participant%n", heapBefore / 1024, heapAfter / 1024, (heapAfter - heapBefore) / 3 / 1024);
        assertTrue(met, "a page's sending estimate did not pass 1 Mbit/s within " + BITRATE_LIMIT.toSeconds()
                + " s of its connection; each page's figures are printed above");
    }

    /**
     * What the page's video encoder aims at and what limits it (Chromium's {@code outbound-rtp} report): an encoder
     * that is "app-limited" by a still, plain picture keeps the estimate where the first probes left it.
     */
    private static List<String> videoEncoder(MediaCall.Person person) {
        return person.probe().reports("outbound-rtp").stream().filter(report -> "video".equals(report.get("kind")))
                .map(report -> "target " + report.get("targetBitrate") + " bit/s, " + report.get("framesPerSecond")
                        + " fps, limited by " + report.get("qualityLimitationReason")).toList();
    }

    /** The web client's estimate ({@code data-media-bitrate} on the meeting screen), else the probe's own reading. */
    private static double bitrate(MediaCall.Person person) {
        String shown = person.page().shown("room").getDomAttribute("data-media-bitrate");
        return shown == null || shown.isBlank() ? person.probe().sending().bitrate() : Double.parseDouble(shown);
    }

    @Test
    @Order(3)
    void theDominantSpeakersTileIsMarkedOnTheOthersPages() {
        speaksAlone(ada);
        speaksAlone(ben);
        everyone().forEach(person -> setMicrophone(person, true));
    }

    /** The others mute their microphones; the one still speaking becomes the dominant speaker on their pages. */
    private static void speaksAlone(MediaCall.Person speaker) {
        setMicrophone(speaker, true);
        others(speaker).forEach(person -> setMicrophone(person, false));
        for (MediaCall.Person listener : others(speaker)) {
            MediaCall.until(listener, speaker + " is marked as speaking", probe -> probe.feeds().stream()
                    .filter(feed -> !feed.screen() && feed.speaking()).map(MediaProbe.Feed::participant).toList()
                    .equals(List.of(speaker.id())));
            assertEquals("true", listener.page().shown(participant("participant-tile", speaker.id()))
                    .getDomAttribute("data-speaking"), listener + ": the speaker's tile is marked");
        }
    }

    /** The microphone button as the person uses it ({@code aria-pressed="true"} = muted). */
    private static void setMicrophone(MediaCall.Person person, boolean on) {
        String muted = Boolean.toString(!on);
        if (!muted.equals(person.page().shown("toggle-mic").getDomAttribute("aria-pressed"))) {
            person.page().click("toggle-mic");
        }
        person.page().until("the microphone is " + (on ? "on" : "off"), page -> muted.equals(
                page.shown("toggle-mic").getDomAttribute("aria-pressed")));
    }

    @Test
    @Order(4)
    void aSharedScreenIsDecodedByTheOthersAsAScreenTileUntilSharingStops() {
        ada.page().click("toggle-screen");
        ada.page().until("Ada shares", page -> "true".equals(page.shown("toggle-screen").getDomAttribute(
                "aria-pressed")));
        for (MediaCall.Person viewer : List.of(host, ben)) {
            MediaCall.until(viewer, "Ada's screen plays in a screen tile", probe -> probe.screen(ada.id())
                    .filter(screen -> screen.frames() > 0 && MediaProbe.isFakeScreen(screen)).isPresent());
            long frames = viewer.probe().screen(ada.id()).orElseThrow().frames();
            MediaCall.until(viewer, "new frames of Ada's screen arrive", probe -> probe.screen(ada.id())
                    .filter(screen -> screen.frames() > frames).isPresent());
            assertEquals(Optional.of(Signature.GREEN), viewer.probe().feed(ada.id()).orElseThrow().colour(),
                    viewer + ": Ada's camera tile still shows her camera");
        }
        ada.page().click("toggle-screen");
        for (MediaCall.Person viewer : List.of(host, ben)) {
            MediaCall.until(viewer, "Ada's screen tile is gone", probe -> probe.screen(ada.id()).isEmpty());
        }
    }

    @Test
    @Order(5)
    void afterMuteAllTheGuestsMicrophonesTurnedBackOnByScriptAreHeardByNoOne() {
        Map<String, List<String>> audio = new java.util.HashMap<>();
        for (MediaCall.Person guest : List.of(ada, ben)) {
            for (MediaCall.Person listener : others(guest)) {
                audio.put(listener.id() + "<" + guest.id(), receivedTracks(listener, guest, "audio"));
            }
        }
        host.page().openPanel("open-participants", "participants-panel");
        host.page().click("host-mute-all");
        for (MediaCall.Person guest : List.of(ada, ben)) {
            guest.page().until("the host's mute reaches the page", page -> "true".equals(
                    page.shown("toggle-mic").getDomAttribute("aria-pressed")));
            assertTrue(guest.probe().enableSenders().contains("audio"), guest + " re-enabled its microphone");
            MediaCall.until(guest, "its tone goes out again", probe -> probe.sending().audioLevel() > 0.01);
        }
        for (MediaCall.Person guest : List.of(ada, ben)) {
            for (MediaCall.Person listener : others(guest)) {
                MediaCall.until(listener, "nothing of " + guest + "'s tone arrives", probe -> probe.feed(guest.id())
                        .map(feed -> feed.silentFor(guest.signature())).orElse(true));
                assertReceivesNothing(listener, guest, audio.get(listener.id() + "<" + guest.id()));
            }
        }
        for (MediaCall.Person guest : List.of(ada, ben)) {
            MediaCall.until(guest, "the host, not muted, is still heard", probe -> probe.feed(host.id())
                    .flatMap(MediaProbe.Feed::heard).equals(Optional.of(host.signature())));
            assertTrue(guest.probe().sending().audioLevel() > 0.01, guest + " still sends its tone");
        }
    }

    @Test
    @Order(6)
    void aRemovedPageThatKeepsSendingReachesNoOne() {
        Map<MediaCall.Person, List<String>> bensTracks = Map.of(host, receivedTracks(host, ben, "audio", "video"),
                ada, receivedTracks(ada, ben, "audio", "video"));
        ben.probe().keepSending();
        host.page().openPanel("open-participants", "participants-panel");
        host.page().click(MeetingPage.hostMenuToggle(ben.id()));
        host.page().shown("host-menu");
        host.page().shown(By.cssSelector("[data-participant-id='" + ben.id() + "'] [data-testid='host-remove']"))
                .click();
        ben.page().shown("ended");
        assertEquals("4002", ben.page().shown("ended-reason").getDomAttribute("data-code"));
        assertFalse(ben.probe().enableSenders().isEmpty(), "the removed page still has its tracks");
        long sentBefore = ben.probe().sending().video();
        for (MediaCall.Person listener : List.of(host, ada)) {
            assertReceivesNothing(listener, ben, bensTracks.get(listener));
            listener.probe().feed(ben.id()).ifPresent(feed -> assertFrozen(listener, feed));
        }
        // Not asserted: a server that also ends the removed page's DTLS (close_notify) stops it sending, which is fine.
        System.out.printf("[media] the removed page sent %d video packets while the others were watched%n",
                ben.probe().sending().video() - sentBefore);
    }

    /**
     * The ids of the sender's tracks of these kinds that the listener receives now, checked to be receiving (so a
     * later "nothing arrives" on them means something).
     */
    private static List<String> receivedTracks(MediaCall.Person listener, MediaCall.Person sender, String... kinds) {
        List<String> kindsWanted = List.of(kinds);
        List<String> tracks = listener.probe().feed(sender.id()).orElseThrow().tracks().stream()
                .filter(track -> kindsWanted.contains(track.kind())).map(MediaProbe.Track::id).toList();
        assertEquals(kinds.length, tracks.size(), listener + " receives " + kindsWanted + " of " + sender);
        long before = listener.probe().received(tracks);
        MediaCall.until(listener, "packets of " + sender + " arrive", probe -> probe.received(tracks) > before);
        return tracks;
    }

    /**
     * The listener's page gets no packet on these tracks of the sender: once the count stands still it stays so for
     * {@link #SILENCE_WINDOW_MILLIS} (a window of observation, not a wait for something to happen).
     */
    private static void assertReceivesNothing(MediaCall.Person listener, MediaCall.Person sender,
            List<String> tracks) {
        long[] last = {-1};
        MediaCall.until(listener, sender + "'s packets stop", probe -> {
            long now = probe.received(tracks);
            boolean still = now == last[0];
            last[0] = now;
            return still;
        });
        Appliance.pause(SILENCE_WINDOW_MILLIS);
        assertEquals(last[0], listener.probe().received(tracks), listener + " still receives " + sender);
    }

    private static void assertFrozen(MediaCall.Person listener, MediaProbe.Feed feed) {
        Appliance.pause(SILENCE_WINDOW_MILLIS);
        listener.probe().feed(feed.participant()).ifPresent(later -> assertEquals(feed.frames(), later.frames(),
                listener + ": the removed participant's picture is frozen, if shown at all"));
    }

    private static List<MediaCall.Person> everyone() {
        return List.of(host, ada, ben);
    }

    private static List<MediaCall.Person> others(MediaCall.Person person) {
        return everyone().stream().filter(other -> other != person).toList();
    }
}
