package org.parley.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (never a downloaded one), with a fresh profile each
 * time, so no cookie of an earlier test (the IdP's login, say) is carried over. It accepts the appliance's
 * self-signed certificate, and gives pages a fake camera and microphone.
 */
final class Chromium implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;

    Chromium() {
        this(options -> { });
    }

    /**
     * The same browser with options changed after the defaults (later arguments win in Chromium's command line):
     * per-browser fake media files, window size, another binary.
     */
    Chromium(Consumer<ChromeOptions> adjust) {
        Path work = Path.of(System.getProperty("parley.work", "target/e2e"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--ignore-certificate-errors", "--window-size=1280,900", "--lang=en-GB",
                    // A moving test pattern and a tone instead of real devices, granted without a prompt.
                    "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                    "--user-data-dir=" + Files.createDirectories(work.resolve("chromium-" + UUID.randomUUID())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setAcceptInsecureCerts(true);
        adjust.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** The element with this id once it is visible (at most 20 s). */
    WebElement visible(String id) {
        return await(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    <T> T await(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
