package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A person without a mouse on one page (a {@link MeetingPage}, the admin console): TAB, ENTER, SPACE and ESCAPE
 * (and typed text), sent with WebDriver {@link Actions} to whatever has focus, never {@code click()}. Every element
 * the focus lands on must be visible: shown, with a size, and drawing a focus ring (an outline or a box-shadow in its
 * computed style) unless it is a heading the page focused on purpose ({@code tabindex="-1"}, not a control).
 */
final class Keyboard {

    private static final Set<Keys> KEYS = Set.of(Keys.TAB, Keys.ENTER, Keys.SPACE, Keys.ESCAPE);
    /** More stops than any screen of the app has: a target not reached by then is not reachable. */
    private static final int MAX_TABS = 30;
    private static final String FOCUSED = """
            const el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) { return null; }
            const box = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            const transparent = /^transparent$|rgba\\(.*,\\s*0\\)$/.test(style.outlineColor);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent;
            const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return { name: el.dataset.testid || el.id || el.tagName.toLowerCase(), width: box.width,
              height: box.height, shown: el.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
              onTop: top !== null && (top === el || el.contains(top)),
              heading: /^H[1-6]$/.test(el.tagName) && el.getAttribute('tabindex') === '-1',
              ring: outline ? 'outline ' + style.outlineWidth + ' ' + style.outlineColor
                : style.boxShadow !== 'none' ? 'box-shadow ' + style.boxShadow : '' };
            """;

    private final Chromium browser;
    /** Names the page in failure messages. */
    private final String page;

    Keyboard(MeetingPage page) {
        this(page.browser(), page.toString());
    }

    Keyboard(Chromium browser, String page) {
        this.browser = browser;
        this.page = page;
    }

    /** Presses TAB until the element with this test id has focus, checking every stop on the way. */
    void tabTo(String testId) {
        int outside = 0;
        List<Object> path = new ArrayList<>();
        for (int tabs = 0; tabs <= MAX_TABS; tabs++) {
            Map<?, ?> focus = focused();
            path.add(focus == null ? "(outside the page)" : focus.get("name"));
            if (focus == null) {
                // Past the last control the focus goes to the browser's own UI, then back to the page's first.
                assertTrue(++outside <= 1, page + ": TAB left the page twice before reaching " + testId);
            } else if (testId.equals(focus.get("name"))) {
                assertVisible(focus);
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError(page + ": " + MAX_TABS + " TABs never reached " + testId + ": " + path);
    }

    /** Presses one key on the focused element, then checks that the focus is still visible. */
    void press(Keys key) {
        assertTrue(KEYS.contains(key), "a keyboard user here presses TAB, ENTER, SPACE or ESCAPE only");
        new Actions(browser.driver()).sendKeys(key).perform();
        Map<?, ?> focus = focused();
        if (focus != null) {
            assertVisible(focus);
        }
    }

    /** Types text into the focused element. */
    void type(String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
    }

    /** The test id (or id, or tag) of the focused element, which must be visible; fails when nothing has focus. */
    String focus() {
        Map<?, ?> focus = focused();
        assertTrue(focus != null, page + ": nothing on the page has focus");
        assertVisible(focus);
        return (String) focus.get("name");
    }

    private Map<?, ?> focused() {
        return (Map<?, ?>) ((JavascriptExecutor) browser.driver()).executeScript(FOCUSED);
    }

    private void assertVisible(Map<?, ?> focus) {
        String what = page + ": the focused " + focus;
        assertTrue(Boolean.TRUE.equals(focus.get("shown")), what + " is shown");
        assertTrue(((Number) focus.get("width")).doubleValue() > 0 && ((Number) focus.get("height")).doubleValue() > 0,
                what + " has a size");
        assertTrue(Boolean.TRUE.equals(focus.get("onTop")), what + " is in the viewport, under nothing else");
        // A heading a page focuses for screen readers to start reading there is no control and draws no ring
        // (web-kit base.css); TAB goes on from it.
        assertTrue(Boolean.TRUE.equals(focus.get("heading")) || !((String) focus.get("ring")).isEmpty(),
                what + " draws an outline or box-shadow");
    }
}
