package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.e2e.MeetingPage.content;
import static org.parley.e2e.MeetingPage.participant;
import static org.parley.e2e.MeetingPage.testId;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 6 item 11's "keyboard usable" and "reconnects by itself", in two headless Chromiums on an open meeting (no
 * waiting room). Kim's page goes through a {@link TcpProxy}: Kim joins and uses the meeting with TAB, ENTER, SPACE
 * and ESCAPE only ({@link Keyboard}: the focus always shown, on top and ringed), also at phone width where panels
 * cover the meeting; then the proxy cuts the TCP connections (no close frame, as when a network goes away) and Kim's
 * page reconnects by itself as the same participant while Olga's page never sees Kim leave. No clock moves: the
 * server keeps a dropped participant for 30 s of the test clock and the page is back within seconds.
 */
@ExtendWith(StepByStep.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingAppBrowserIT extends MeetingTestSupport implements StepByStep.Screens {

    private static final String KIM = "Kim Keys";
    private static final String OLGA = "Olga Other";

    private static final List<Chromium> BROWSERS = new ArrayList<>();
    private static TcpProxy proxy;
    private static MeetingPage kim;
    private static MeetingPage olga;
    private static String meetingId;
    private static String kimId;
    private static String olgaId;

    @BeforeAll
    static void olgaInTheMeetingAndKimsBrowserBehindAProxy(Appliance parley) throws IOException {
        meetingId = people.createOpen("Keys and cables " + UUID.randomUUID());
        proxy = new TcpProxy(parley.httpsPort());
        proxy.open();
        olga = new MeetingPage(started(), "olga");
        kim = new MeetingPage(started(), "kim");
        olga.open("https://127.0.0.1:" + parley.httpsPort() + "/m/" + meetingId);
        olga.join(OLGA);
        olga.shown("room");
        olgaId = olga.frame("welcome").path("you").path("id").asText();
    }

    private static Chromium started() {
        Chromium browser = new Chromium();
        BROWSERS.add(browser);
        return browser;
    }

    @AfterAll
    static void closeBrowsersAndProxy() throws IOException {
        BROWSERS.forEach(Chromium::close);
        if (proxy != null) {
            proxy.close();
        }
    }

    @Override
    public List<MeetingPage> pages() {
        return Stream.of(olga, kim).filter(Objects::nonNull).toList();
    }

    @Test
    @Order(1)
    void aGuestJoinsChatsRaisesAHandAndClosesThePanelWithTheKeyboardOnlyAlwaysSeeingTheFocus() {
        Keyboard keys = new Keyboard(kim);
        kim.open("https://127.0.0.1:" + proxy.port() + "/m/" + meetingId);
        kim.shown("prejoin");
        kim.until("the camera preview plays", page -> Boolean.TRUE.equals(page.script(
                "return document.querySelector('[data-testid=preview-video]').readyState >= 2")));
        keys.tabTo("join-name");
        keys.type(KIM);
        keys.tabTo("join-button");
        keys.press(Keys.ENTER);
        kim.shown("room");
        kimId = kim.frame("welcome").path("you").path("id").asText();
        assertEquals(KIM, kim.frame("welcome").path("you").path("name").asText());
        keys.focus();

        keys.tabTo("open-chat");
        keys.press(Keys.ENTER);
        kim.shown("chat-panel");
        keys.tabTo("chat-input");
        String hello = "Typed without a mouse " + UUID.randomUUID();
        keys.type(hello);
        keys.press(Keys.ENTER);
        olga.until("Kim's message arrives", page -> page.chatLines(hello).size() == 1);
        assertEquals(kimId, olga.chatLines(hello).get(0).getDomAttribute("data-from"));
        assertEquals("", kim.shown("chat-input").getDomProperty("value"), "the sent message left the input");

        keys.tabTo("toggle-hand");
        keys.press(Keys.SPACE);
        kim.until("the hand button is pressed", page -> "true".equals(page.shown("toggle-hand")
                .getDomAttribute("aria-pressed")));
        olga.until("Kim's raised hand shows", page -> !page.shown(participant("participant-tile", kimId))
                .findElements(testId("icon-hand")).isEmpty());

        keys.press(Keys.ESCAPE);
        kim.until("the chat panel is closed", page -> !page.displayed("chat-panel"));
        assertEquals("open-chat", keys.focus(), "Escape gives the focus back to the button that opened the panel");
    }

    /**
     * At phone width an open panel is an overlay over the whole meeting: TAB must stay in it (the controls under it
     * are out of reach, not focused unseen); Escape closes it and everything is reachable again.
     */
    @Test
    @Order(2)
    void atPhoneWidthAnOpenPanelKeepsTheKeyboardFocusInsideItself() {
        Keyboard keys = new Keyboard(kim);
        kim.atWidth(360, () -> {
            aroundThePanel(keys, "open-chat", "chat-panel");
            aroundThePanel(keys, "open-participants", "participants-panel");
            keys.tabTo("toggle-hand");
        });
    }

    /** Opens a panel by keyboard, TABs once around it (every stop shown and on top), closes it with Escape. */
    private static void aroundThePanel(Keyboard keys, String opener, String panel) {
        keys.tabTo(opener);
        keys.press(Keys.ENTER);
        kim.shown(panel);
        String first = keys.focus();
        keys.press(Keys.TAB);
        keys.tabTo(first);
        keys.press(Keys.ESCAPE);
        kim.until("the panel is closed", page -> !page.displayed(panel));
        assertEquals(opener, keys.focus(), "Escape gives the focus back to the button that opened the panel");
    }

    @Test
    @Order(3)
    void aConnectionCutWithoutACloseFrameReconnectsByItselfAsTheSameParticipant() throws IOException {
        int olgaSeen = olga.frames().size();
        int kimSeen = kim.frames().size();
        proxy.cut();
        assertTrue(content(kim.shown("reconnecting")).startsWith("Reconnecting"));
        olga.until("Kim's tile shows Kim reconnecting", page -> !kimsTileOn(page).findElements(
                testId("icon-reconnecting")).isEmpty());
        assertTrue(kim.displayed("room"), "the meeting stays on screen under the banner");

        proxy.open();
        kim.until("the banner is gone", page -> !page.displayed("reconnecting"));
        JsonNode welcome = kim.frames(kimSeen).stream().filter(f -> "welcome".equals(f.path("type").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no second welcome: " + kim.frames(kimSeen)));
        assertEquals(kimId, welcome.path("you").path("id").asText(), "back as the same participant");
        assertTrue(content(kimsTileOn(kim)).contains(KIM + " (you)"), "Kim's own tile has Kim's id");
        assertEquals("true", kim.shown("toggle-hand").getDomAttribute("aria-pressed"), "the hand is still up");
        olga.until("Kim's tile shows Kim connected", page -> kimsTileOn(page).findElements(
                testId("icon-reconnecting")).isEmpty());

        String after = "Back after the cut " + UUID.randomUUID();
        kim.chat(after, null);
        olga.until("Kim's message after the reconnect arrives", page -> page.chatLines(after).size() == 1);
        String reply = "Welcome back " + UUID.randomUUID();
        olga.chat(reply, null);
        kim.until("Olga's reply arrives", page -> page.chatLines(reply).size() == 1);
        assertEquals(olgaId, kim.chatLines(reply).get(0).getDomAttribute("data-from"));
        assertEquals(List.of(), olga.frames(olgaSeen).stream().map(f -> f.path("type").asText())
                .filter(type -> "left".equals(type) || "welcome".equals(type)).toList(),
                "Olga's page was never told Kim left (nor given a new roster)");
        for (MeetingPage page : pages()) {
            assertEquals(2, page.tiles().size(), page + " shows two people");
        }
    }

    /** Kim's tile on a page; it must be there at every look (the roster never loses Kim). */
    private static WebElement kimsTileOn(MeetingPage page) {
        List<WebElement> tiles = page.all(participant("participant-tile", kimId));
        assertEquals(1, tiles.size(), page + " shows Kim's tile");
        return tiles.get(0);
    }
}
