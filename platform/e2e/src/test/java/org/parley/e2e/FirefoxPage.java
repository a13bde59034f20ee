package org.parley.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One person's {@link Firefox} on Parley's pages, the counterpart of {@link MeetingPage} without WebDriver classic:
 * elements are found by CSS selectors ({@link #testId}), clicks and typing are real input ({@code
 * input.performActions}: the pointer moves to the element's centre, keys go to the focused element), and reading the
 * page is a script whose result comes back as JSON. {@link MeetingPage#RECORDER} is preloaded into every document,
 * so the page's CSP violations and WebSocket frames can be read. Waits poll (at most {@link #WAIT}).
 */
final class FirefoxPage {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Shown: laid out (no {@code hidden} or {@code display: none} up the tree), not {@code visibility: hidden}. */
    private static final String SHOWN = "const shown = (e) => !!e && e.getClientRects().length > 0"
            + " && getComputedStyle(e).visibility !== 'hidden';";
    /** Clickable: shown, enabled, and the topmost element at its centre once scrolled there (nothing covers it). */
    private static final String CLICKABLE = "(s) => { " + SHOWN + " const e = document.querySelector(s);"
            + " if (!shown(e) || e.disabled) { return null; } e.scrollIntoView({ block: 'center', inline: 'center' });"
            + " const r = e.getBoundingClientRect(); const top = document.elementFromPoint(r.x + r.width / 2,"
            + " r.y + r.height / 2); return top && e.contains(top) ? e : null; }";

    private final Firefox browser;
    private final String name;

    FirefoxPage(Firefox browser, String name) {
        this.browser = browser;
        this.name = name;
        browser.preload("() => {" + MeetingPage.RECORDER + "}");
    }

    static String testId(String id) {
        return "[data-testid='" + id + "']";
    }

    static String participant(String testId, String participantId) {
        return testId(testId) + "[data-participant-id='" + participantId + "']";
    }

    void open(String url) {
        browser.navigate(url);
    }

    /**
     * Calls a JavaScript function (declaration text, may be async) with these string, number or boolean arguments and
     * returns its result as JSON ({@code null} for undefined).
     */
    JsonNode json(String function, Object... arguments) {
        JsonNode result = browser.call("async (...a) => JSON.stringify((await (" + function + ")(...a)) ?? null)",
                localValues(arguments));
        try {
            return JSON.readTree(result.path("value").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the first element matching the selector is shown. */
    boolean displayed(String selector) {
        return json("(s) => { " + SHOWN + " return shown(document.querySelector(s)); }", selector).asBoolean();
    }

    /** Waits until the first element matching the selector is shown. */
    void shown(String selector) {
        until(selector + " is shown", page -> page.displayed(selector));
    }

    /** The text of the first element matching the selector as the DOM holds it ({@code null}: no such element). */
    String text(String selector) {
        JsonNode text = json("(s) => document.querySelector(s)?.textContent ?? null", selector);
        return text.isNull() ? null : text.asText();
    }

    /** An attribute of the first element matching the selector ({@code null}: no element or no attribute). */
    String attribute(String selector, String attribute) {
        JsonNode value = json("(s, a) => document.querySelector(s)?.getAttribute(a) ?? null", selector, attribute);
        return value.isNull() ? null : value.asText();
    }

    /** How many elements match the selector. */
    int count(String selector) {
        return json("(s) => document.querySelectorAll(s).length", selector).asInt();
    }

    /** Once it can be clicked (shown, enabled, on top), a mouse click at the element's centre. */
    void click(String selector) {
        List<String> element = new ArrayList<>();
        until(selector + " can be clicked", page -> {
            JsonNode node = browser.call(CLICKABLE, localValues(new Object[] {selector}));
            if (node.hasNonNull("sharedId")) {
                element.add(node.get("sharedId").asText());
                return true;
            }
            return false;
        });
        browser.perform(List.of(Map.of("type", "pointer", "id", "mouse", "parameters", Map.of("pointerType", "mouse"),
                "actions", List.of(Map.of("type", "pointerMove", "x", 0, "y", 0, "origin", Map.of("type", "element",
                        "element", Map.of("sharedId", element.get(0)))), Map.of("type", "pointerDown", "button", 0),
                        Map.of("type", "pointerUp", "button", 0)))));
    }

    /** Clicks the field and types the text key by key, as a person at a keyboard would. */
    void type(String selector, String text) {
        click(selector);
        List<Map<String, Object>> keys = new ArrayList<>();
        text.codePoints().mapToObj(Character::toString).forEach(key -> {
            keys.add(Map.of("type", "keyDown", "value", key));
            keys.add(Map.of("type", "keyUp", "value", key));
        });
        browser.perform(List.of(Map.of("type", "key", "id", "keyboard", "actions", keys)));
    }

    /** Runs the steps with the viewport this many CSS pixels wide (the phone layout below 760), then restores it. */
    void atWidth(int pixels, Runnable steps) {
        browser.viewport(pixels, 800);
        try {
            until("the viewport is " + pixels + " px wide", page -> page.json("() => window.innerWidth").asInt()
                    == pixels);
            steps.run();
        } finally {
            browser.viewport(null, null);
        }
    }

    /** Waits until the condition holds on this page (at most {@link #WAIT}); the failure names the page. */
    void until(String what, Predicate<FirefoxPage> condition) {
        try {
            Await.until(name + ": " + what, WAIT, () -> condition.test(this));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nFirefox's console: " + String.join("\n  ",
                    browser.console()), e.getCause());
        }
    }

    /** axe-core (the repository's copy) on the page as it is now: the serious and critical violations. */
    List<String> axe() {
        if (!json("() => typeof window.axe === 'object'").asBoolean()) {
            browser.call("function () {\n" + Axe.source() + "\n}", List.of());
        }
        return Axe.lines(json(Axe.AUDIT).asText());
    }

    /** The types of the messages the page's WebSockets received so far, pongs left out, oldest first. */
    List<String> frameTypes() {
        List<String> types = new ArrayList<>();
        json("() => window.__parleyRecord.frames.map((f) => JSON.parse(f).type).filter((t) => t !== 'pong')")
                .forEach(type -> types.add(type.asText()));
        return types;
    }

    /** The first received WebSocket message of this type (waits for it), e.g. {@code welcome}. */
    JsonNode frame(String type) {
        String find = "(t) => window.__parleyRecord.frames.map((f) => JSON.parse(f)).find((f) => f.type === t)";
        until("a '" + type + "' frame arrives", page -> !page.json(find, type).isNull());
        return json(find, type);
    }

    List<String> cspViolations() {
        List<String> violations = new ArrayList<>();
        json("() => (window.__parleyRecord || { csp: ['no recorder in ' + location.href] }).csp")
                .forEach(line -> violations.add(line.asText()));
        return violations;
    }

    /** A screenshot of the viewport into target/screenshots (for a failed step). */
    void screenshot(String file) {
        try {
            Path folder = Files.createDirectories(Path.of(System.getProperty("parley.work", "target/e2e"))
                    .resolveSibling("screenshots"));
            Files.write(folder.resolve(file + "-" + name + ".png"), browser.screenshot());
        } catch (IOException | RuntimeException e) {
            System.err.println("no screenshot of " + name + ": " + e);
        }
    }

    private static List<Map<String, Object>> localValues(Object[] arguments) {
        List<Map<String, Object>> values = new ArrayList<>();
        for (Object argument : arguments) {
            String type = argument instanceof Number ? "number" : argument instanceof Boolean ? "boolean" : "string";
            values.add(Map.of("type", type, "value", argument instanceof Boolean || argument instanceof Number
                    ? argument : String.valueOf(argument)));
        }
        return values;
    }

    @Override
    public String toString() {
        return name;
    }
}
