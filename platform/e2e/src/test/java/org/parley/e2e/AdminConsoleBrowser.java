package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One admin's Chromium on the console: sign-in steps of the auth pages, the console's nav, a screenshot of every
 * page under {@code target/screenshots/admin-console/} and axe-core on it, and the browser's console errors.
 */
final class AdminConsoleBrowser implements AutoCloseable {

    private final Chromium chromium;
    private final String site;
    private final Path screenshots;

    AdminConsoleBrowser(Appliance parley) {
        this.site = "https://127.0.0.1:" + parley.httpsPort();
        this.chromium = new Chromium(options -> {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        });
        try {
            screenshots = Files.createDirectories(Path.of(System.getProperty("parley.work", "target/e2e"))
                    .resolveSibling("screenshots").resolve("admin-console"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Chromium chromium() {
        return chromium;
    }

    void open(String path) {
        chromium.open(site + path);
    }

    /** The sign-in page's first step: user name and password, sent with Enter. */
    void signIn(String username, String password) {
        chromium.await(ExpectedConditions.urlContains("/sign-in"));
        chromium.visible("username").sendKeys(username);
        chromium.visible("password").sendKeys(password, Keys.ENTER);
    }

    WebElement byTestId(String testId) {
        return chromium.await(ExpectedConditions.visibilityOfElementLocated(testId(testId)));
    }

    static By testId(String testId) {
        return By.cssSelector("[data-testid='" + testId + "']");
    }

    /** Opens a page from the nav (a click on its link, as a person does) and waits for its heading. */
    void navigate(String page, String heading) {
        byTestId("nav-" + page).click();
        chromium.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), heading));
        assertEquals("page", byTestId("nav-" + page).getDomAttribute("aria-current"), "the current page is marked");
    }

    /** A full-page screenshot and axe-core's serious and critical findings (none allowed). */
    void check(String name) {
        shoot(name);
        assertEquals(List.of(), Axe.seriousViolations(chromium.driver()), "axe-core on " + name);
    }

    void shoot(String name) {
        JavascriptExecutor page = (JavascriptExecutor) chromium.driver();
        long height = ((Number) page.executeScript("return document.documentElement.scrollHeight"
                + " + window.outerHeight - window.innerHeight")).longValue();
        chromium.driver().manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 800), 4000)));
        File shot = ((TakesScreenshot) chromium.driver()).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chromium.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    /** Errors in the browser's console other than the API's expected refusals (a CSP violation would show). */
    List<String> consoleErrors() {
        return chromium.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("the server responded with a status of 4"))
                .toList();
    }

    @Override
    public void close() {
        chromium.close();
    }
}
