package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.e2e.FirefoxPage.participant;
import static org.parley.e2e.FirefoxPage.testId;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * Issue 6 item 11's "Supported: Firefox": a guest in Debian's headless Firefox ESR ({@link Firefox}, WebDriver BiDi)
 * goes through a meeting with waiting room and passcode the way a person would, clicking and typing; the host is a
 * {@link Signal} client (signed in through REST, its commands sent over {@code /ws}), so the only browser is the one
 * under test. Pre-join with the fake camera's preview, name, the passcode the server asks for, the lobby, admission,
 * the roster of both, chat both ways as text, a raised hand the host sees, the host's mute shown on the guest's page,
 * leaving; axe-core on the pre-join, lobby and meeting screens; and a Firefox without WebRTC
 * ({@code media.peerconnection.enabled=false}) gets the unsupported-browser page. A failed step skips the ones after
 * it and leaves a screenshot in target/screenshots.
 */
@ExtendWith(StepByStep.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingFirefoxIT extends MeetingTestSupport {

    private static final String GUEST = "Flora Firefox";
    private static final String PASSCODE = "4815162342";
    private static final String MARKUP = "<b>hi</b> & <script>x</script>";
    private static final String HOST_LINE = "Welcome <i>Flora</i> — can you hear me?";
    private static final String PREJOIN = "pre-join screen";
    private static final String LOBBY = "lobby screen";
    private static final String ROOM = "meeting screen";
    private static final String ROOM_CHAT = "meeting screen, chat panel";
    private static final String ROOM_NARROW_CHAT = "meeting screen, chat panel at 360 px";

    @RegisterExtension
    static final TestWatcher SCREENSHOTS = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            for (FirefoxPage page : new FirefoxPage[] {guest, noWebRtc}) {
                if (page != null) {
                    page.screenshot("firefox-" + context.getRequiredTestMethod().getName());
                }
            }
        }
    };

    private static Appliance parley;
    private static String link;
    private static Firefox firefox;
    private static FirefoxPage guest;
    private static Firefox withoutWebRtc;
    private static FirefoxPage noWebRtc;
    private static Signal host;
    private static String hostId;
    private static String guestId;
    private static long started;
    /** Screen → serious/critical axe violations, checked in one step so one finding does not stop the scenario. */
    private static final Map<String, List<String>> ACCESSIBILITY = new LinkedHashMap<>();

    @BeforeAll
    static void hostInTheMeetingAndAFirefoxForTheGuest(Appliance shared) {
        parley = shared;
        started = System.nanoTime();
        String meetingId = people.create("Firefox check " + UUID.randomUUID(), "\"passcode\": \"" + PASSCODE
                + "\", \"waitingRoom\": true, \"guestsAllowed\": true");
        link = "https://127.0.0.1:" + parley.httpsPort() + "/m/" + meetingId;
        host = Signal.welcomed(parley, people.hostJoins(meetingId).token());
        hostId = host.received("welcome").get(0).path("you").path("id").asText();
        System.out.println("MeetingFirefoxIT: " + Firefox.version());
        long launched = System.nanoTime();
        firefox = Firefox.start();
        guest = new FirefoxPage(firefox, "guest");
        System.out.printf("MeetingFirefoxIT: Firefox up and in a BiDi session after %d ms%n", millisSince(launched));
    }

    @AfterAll
    static void closeFirefoxAndTheHost() {
        for (Firefox browser : new Firefox[] {firefox, withoutWebRtc}) {
            if (browser != null) {
                browser.close();
            }
        }
        if (host != null) {
            host.close();
        }
        System.out.printf("MeetingFirefoxIT: %d ms in all%n", millisSince(started));
    }

    @Test
    @Order(1)
    void theGuestOpensTheLinkAndSeesThePrejoinScreenWithTheCameraPreview() {
        guest.open(link);
        guest.shown(testId("prejoin"));
        guest.shown(testId("sign-in-offer"));
        guest.until("the fake camera's preview plays", page -> page.json("() => { const v = document.querySelector("
                + "\"[data-testid='preview-video']\"); return v.readyState >= 2 && v.videoWidth > 0 && !v.paused; }")
                .asBoolean());
        guest.until("the camera and microphone are listed", page -> page.count(testId("camera-choice") + " option") > 0
                && page.count(testId("mic-choice") + " option") > 0);
        assertEquals("true", guest.attribute(testId("prejoin-camera"), "aria-pressed"), "the camera is on");
        assertFalse(guest.displayed(testId("join-passcode")), "no passcode field before the server asks for one");
        audit(PREJOIN);
    }

    @Test
    @Order(2)
    void theGuestEntersNameAndPasscodeAndWaitsInTheLobby() {
        guest.type(testId("join-name"), GUEST);
        guest.click(testId("join-button"));
        // The server answers a missing passcode as it answers an unknown meeting; the page then asks for one.
        guest.shown(testId("join-passcode"));
        guest.type(testId("join-passcode"), PASSCODE);
        guest.click(testId("join-button"));
        guest.shown(testId("lobby"));
        assertEquals(GUEST, guest.text(testId("lobby-name")));
        audit(LOBBY);
        JsonNode knock = host.next("lobby").path("waiting").path(0);
        assertEquals(GUEST, knock.path("name").asText(), knock.toString());
        guestId = knock.path("id").asText();
        String everything = guest.json("() => document.title + ' ' + document.documentElement.textContent").asText();
        assertFalse(everything.contains("Firefox check"), "the lobby shows nothing of the meeting's title");
        assertEquals(0, guest.count(testId("participant-grid") + " > *"), "no roster in the lobby");
        assertEquals(List.of("waiting"), guest.frameTypes(), "the waiting guest's WebSocket received only 'waiting'");
    }

    @Test
    @Order(3)
    void theHostAdmitsTheGuestAndTheGuestSeesBothInTheRoster() {
        host.send("admit", "participant", guestId);
        assertEquals(guestId, host.next("joined").path("participant").path("id").asText());
        guest.shown(testId("room"));
        guest.until("two tiles", page -> page.count(testId("participant-tile")) == 2);
        assertEquals("(2)", guest.text(testId("participant-count")));
        assertEquals(people.hostName(), guest.text(participant("participant-tile", hostId) + " "
                + testId("participant-name")));
        assertEquals(GUEST + " (you)", guest.text(participant("participant-tile", guestId) + " "
                + testId("participant-name")));
        assertEquals(1, guest.count(participant("participant-tile", guestId) + " " + testId("badge-guest")));
        assertEquals("Host", guest.text(participant("participant-tile", hostId) + " " + testId("badge-role")));
        assertEquals(1, guest.count(participant("participant-tile", hostId) + " " + testId("badge-staff")));
        guest.click(testId("open-participants"));
        guest.shown(testId("participants-panel"));
        assertEquals(2, guest.count(testId("participant-row")), "the participants panel lists both");
        audit(ROOM);
        guest.click(testId("close-participants"));
    }

    @Test
    @Order(4)
    void chatGoesBothWaysAndIsShownAsText() {
        guest.click(testId("open-chat"));
        guest.shown(testId("chat-panel"));
        guest.type(testId("chat-input"), MARKUP);
        guest.click(testId("chat-send"));
        JsonNode line = host.next("chat");
        assertEquals(MARKUP, line.path("text").asText(), line.toString());
        assertEquals(guestId, line.path("from").asText());

        host.send("chat", "text", HOST_LINE);
        guest.until("the host's line is shown", page -> page.count(testId("chat-message")) == 2);
        assertEquals(List.of(MARKUP, HOST_LINE), chatTexts(), "both lines, exactly as typed");
        assertEquals(0, guest.count(testId("chat-log") + " b, " + testId("chat-log") + " i, " + testId("chat-log")
                + " script"), "no message made an element");
        audit(ROOM_CHAT);
        guest.atWidth(360, () -> {
            guest.shown(testId("chat-send"));
            audit(ROOM_NARROW_CHAT);
        });
    }

    private static List<String> chatTexts() {
        List<String> texts = new ArrayList<>();
        guest.json("() => Array.from(document.querySelectorAll(\"[data-testid='chat-message'] "
                + "[data-testid='chat-text']\"), (t) => t.textContent)").forEach(text -> texts.add(text.asText()));
        return texts;
    }

    @Test
    @Order(5)
    void theGuestRaisesTheHandAndTheHostSeesIt() {
        guest.click(testId("toggle-hand"));
        guestUpdated("handRaised");
        guest.until("the hand button is pressed", page -> "true".equals(page.attribute(testId("toggle-hand"),
                "aria-pressed")));
        guest.until("the guest's tile shows the hand", page -> page.count(participant("participant-tile", guestId)
                + " " + testId("icon-hand")) == 1);
    }

    @Test
    @Order(6)
    void theHostMutesTheGuestAndTheGuestsPageShowsItMuted() {
        host.send("mute", "participant", guestId);
        guestUpdated("audioMuted");
        guest.until("the mic button shows muted", page -> "true".equals(page.attribute(testId("toggle-mic"),
                "aria-pressed")) && "Unmute".equals(page.text(testId("toggle-mic"))));
        guest.until("the guest's tile shows muted", page -> page.count(participant("participant-tile", guestId)
                + " " + testId("icon-muted")) == 1);
        assertEquals(Boolean.FALSE, guest.json("() => document.querySelector(\"[data-testid='preview-video']\")"
                + ".srcObject.getAudioTracks().some((t) => t.enabled)").booleanValue(),
                "the microphone's track is off, not only the button");
    }

    /** Waits for the host to be told that this flag of the guest is now true (other updates are passed over). */
    private static void guestUpdated(String flag) {
        for (JsonNode event = host.next("updated"); ; event = host.next("updated")) {
            JsonNode participant = event.path("participant");
            if (guestId.equals(participant.path("id").asText()) && participant.path(flag).asBoolean()) {
                return;
            }
        }
    }

    @Test
    @Order(7)
    void theGuestLeavesAndSeesTheEndingScreen() {
        guest.click(testId("leave"));
        guest.shown(testId("ended"));
        assertEquals("4000", guest.attribute(testId("ended-reason"), "data-code"));
        String reason = guest.text(testId("ended-reason"));
        assertTrue(reason.toLowerCase().contains("left"), reason);
        JsonNode left = host.next("left");
        assertEquals(guestId, left.path("participant").asText(), left.toString());
        assertEquals("left", left.path("reason").asText());
        assertEquals(List.of(), guest.cspViolations(), "no CSP violation in Firefox");
    }

    @Test
    @Order(8)
    void axeFindsNoSeriousOrCriticalViolationsInFirefox() {
        assertEquals(Set.of(PREJOIN, LOBBY, ROOM, ROOM_CHAT, ROOM_NARROW_CHAT), ACCESSIBILITY.keySet(),
                "every screen was audited");
        StringBuilder found = new StringBuilder();
        ACCESSIBILITY.forEach((screen, violations) -> violations.forEach(v -> found.append("\n  ").append(screen)
                .append(": ").append(v)));
        assertEquals("", found.toString(), "axe-core found serious or critical violations in Firefox:" + found);
    }

    @Test
    @Order(9)
    void aFirefoxWithoutWebRtcGetsTheUnsupportedBrowserPage() {
        long start = System.nanoTime();
        withoutWebRtc = Firefox.start(Map.of("media.peerconnection.enabled", false));
        noWebRtc = new FirefoxPage(withoutWebRtc, "no-webrtc");
        noWebRtc.open(link);
        noWebRtc.shown(testId("unsupported"));
        assertTrue(noWebRtc.text(testId("unsupported")).contains("This browser cannot join meetings"));
        assertFalse(noWebRtc.displayed(testId("prejoin")), "no pre-join screen");
        assertEquals("undefined", noWebRtc.json("() => typeof window.RTCPeerConnection").asText());
        System.out.printf("MeetingFirefoxIT: the unsupported-browser check took %d ms%n", millisSince(start));
    }

    private static void audit(String screen) {
        ACCESSIBILITY.put(screen, guest.axe());
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
