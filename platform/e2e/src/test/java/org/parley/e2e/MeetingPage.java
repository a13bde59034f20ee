package org.parley.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One person's Chromium on Parley's pages, found by their {@code data-testid} hooks. Before any page loads, a
 * recorder (CDP {@code Page.addScriptToEvaluateOnNewDocument}) wraps {@code window.WebSocket}, so the test reads
 * every frame the page's meeting socket received and can send on that socket as the page's own script would; it
 * also records CSP violations. The app offers no debug hook, and needs none for this.
 */
final class MeetingPage {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Records the page's WebSocket frames and CSP violations; also preloaded by {@link FirefoxPage}. */
    static final String RECORDER = """
            (() => {
              const record = { frames: [], sockets: [], csp: [] };
              Object.defineProperty(window, '__parleyRecord', { value: record });
              const Native = window.WebSocket;
              window.WebSocket = class extends Native {
                constructor(...args) {
                  super(...args);
                  record.sockets.push(this);
                  this.addEventListener('message', (event) => record.frames.push(String(event.data)));
                }
              };
              document.addEventListener('securitypolicyviolation',
                (event) => record.csp.push(event.violatedDirective + ' ' + event.blockedURI));
            })();
            """;

    private final Chromium browser;
    private final String name;

    MeetingPage(Chromium browser, String name) {
        this.browser = browser;
        this.name = name;
        cdp("Page.enable", Map.of());
        cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
    }

    static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    static By participant(String testId, String participantId) {
        return By.cssSelector("[data-testid='" + testId + "'][data-participant-id='" + participantId + "']");
    }

    Chromium browser() {
        return browser;
    }

    void open(String url) {
        browser.open(url);
    }

    /** The sign-in page as a person uses it; lands where {@code next} said. */
    void signIn(Accounts.Account account) {
        browser.await(ExpectedConditions.urlContains("/sign-in"));
        browser.visible("username").sendKeys(account.username());
        browser.visible("password").sendKeys(account.password(), Keys.ENTER);
    }

    WebElement shown(String testId) {
        return browser.await(ExpectedConditions.visibilityOfElementLocated(testId(testId)));
    }

    WebElement shown(By by) {
        return browser.await(ExpectedConditions.visibilityOfElementLocated(by));
    }

    boolean displayed(String testId) {
        return browser.driver().findElements(testId(testId)).stream().anyMatch(WebElement::isDisplayed);
    }

    List<WebElement> all(By by) {
        return browser.driver().findElements(by);
    }

    void click(String testId) {
        click(testId(testId));
    }

    /**
     * Clicks what {@code by} finds once it is clickable, finding it again when the page re-rendered it between the
     * find and the click (a roster update re-renders its rows).
     */
    void click(By by) {
        browser.await(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(driver);
            if (element == null) {
                return false;
            }
            try {
                element.click();
                return true;
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** The host menu button of {@code participantId}'s row in the participants panel. */
    static By hostMenuToggle(String participantId) {
        return By.cssSelector("[data-testid='participant-row'][data-participant-id='" + participantId
                + "'] [data-testid='host-menu-toggle']");
    }

    /** Waits until the condition holds on this page (at most 20 s). */
    void until(String what, Predicate<MeetingPage> condition) {
        try {
            browser.await(driver -> condition.test(this));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(name + ": timed out waiting until " + what, e);
        }
    }

    /** The text of an element as the DOM holds it, shown or not. */
    static String content(WebElement element) {
        return element.getDomProperty("textContent");
    }

    Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, arguments);
    }

    /** The pre-join screen: the name (a guest's only) and Join. */
    void join(String guestName) {
        shown("prejoin");
        if (guestName != null) {
            WebElement field = shown("join-name");
            field.clear();
            field.sendKeys(guestName);
        }
        click("join-button");
    }

    /** Runs the steps with the window this many CSS pixels wide (the phone layout below 760), then resizes it back. */
    void atWidth(int pixels, Runnable steps) {
        org.openqa.selenium.Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(pixels, 800));
        try {
            until("the viewport is " + pixels + " px wide", page -> ((Number) page.script("return window.innerWidth"))
                    .intValue() <= pixels);
            steps.run();
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    /** Opens a panel (participants or chat) unless it is open already. */
    void openPanel(String opener, String panel) {
        if (!displayed(panel)) {
            click(opener);
            shown(panel);
        }
    }

    /** Sends a chat message with the page's form; {@code to} a participant id, or null for everyone. */
    void chat(String text, String to) {
        openPanel("open-chat", "chat-panel");
        new org.openqa.selenium.support.ui.Select(shown("chat-to")).selectByValue(to == null ? "" : to);
        shown("chat-input").sendKeys(text);
        click("chat-send");
    }

    /** The chat lines of the log whose text is exactly this. */
    List<WebElement> chatLines(String text) {
        return all(testId("chat-message")).stream()
                .filter(line -> text.equals(content(line.findElement(testId("chat-text"))))).toList();
    }

    List<WebElement> tiles() {
        return all(testId("participant-tile"));
    }

    /** Every frame the page's WebSockets received, oldest first, from index {@code from}. */
    List<JsonNode> frames(int from) {
        List<JsonNode> frames = new ArrayList<>();
        for (Object frame : (List<?>) script("return window.__parleyRecord.frames.slice(arguments[0])", from)) {
            try {
                frames.add(JSON.readTree(frame.toString()));
            } catch (IOException e) {
                throw new AssertionError(name + " received a frame that is not JSON: " + frame, e);
            }
        }
        return frames;
    }

    List<JsonNode> frames() {
        return frames(0);
    }

    /** The first received frame of this type (waits for it). */
    JsonNode frame(String type) {
        until("a '" + type + "' frame arrives", page -> page.frames().stream()
                .anyMatch(f -> type.equals(f.path("type").asText())));
        return frames().stream().filter(f -> type.equals(f.path("type").asText())).findFirst().orElseThrow();
    }

    /** Sends a frame on the page's open meeting socket, as a script in the page could. */
    void sendOnPageSocket(String json) {
        Object sent = script("const open = window.__parleyRecord.sockets.filter((s) => s.readyState === 1);"
                + " if (!open.length) { return false; } open[open.length - 1].send(arguments[0]); return true;", json);
        if (!Boolean.TRUE.equals(sent)) {
            throw new AssertionError(name + " has no open meeting socket");
        }
    }

    List<?> cspViolations() {
        return (List<?>) script("return (window.__parleyRecord || { csp: ['no recorder in ' + location.href] }).csp");
    }

    Object cdp(String command, Map<String, Object> parameters) {
        return ((ChromiumDriver) browser.driver()).executeCdpCommand(command, parameters);
    }

    /** A screenshot of the viewport into target/screenshots (for a failed step). */
    void screenshot(String file) {
        try {
            Path folder = Files.createDirectories(Path.of(System.getProperty("parley.work", "target/e2e"))
                    .resolveSibling("screenshots"));
            File shot = ((ChromiumDriver) browser.driver()).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(file + "-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("no screenshot of " + name + ": " + e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
