package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first sign-in as a person does it, in headless Chromium (Debian's, driven by its chromedriver): the one-time
 * password from the file, the forced new password, TOTP enrolment from the key the page shows, the recovery codes,
 * then the account page; then sign-out and a sign-in with a code. The pages run under the front door's strict CSP,
 * and any console error (a blocked script or style included) fails the test. Screenshots of each page go to
 * target/screenshots.
 */
class BrowserSignInIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String BANNER = "Authorised use only. Activity on this system is recorded.";

    private WebDriver browser;
    private Path screenshots;
    /** The TOTP key the enrolment page showed, as a person would keep it in an authenticator app. */
    private String enrolledSecret;

    @Test
    void firstAdminSignsInChangesPasswordEnrolsTotpAndReachesTheAccountPage() throws IOException {
        try (Appliance parley = Appliance.boot(Map.of("org.parley.auth.Sessions.cfg", "signInBanner=" + BANNER))) {
            Path file = parley.home().resolve("var/lib/initial-admin-password");
            Await.until("the initial admin password file exists", () -> Files.isReadable(file));
            String initial = Files.readString(file).trim();
            Await.until("the banner setting is read", () -> parley.api().get("/api/v1/auth/banner").body()
                    .contains(BANNER));
            servedBesideTheFrontDoor(parley.api());
            browser = chromium(Path.of(System.getProperty("parley.work")));
            try {
                String site = "https://127.0.0.1:" + parley.httpsPort();
                browser.get(site + "/account");
                signInPage(initial);
                String password = newPasswordPage();
                enrolmentPage(parley);
                accountPage();
                assertFalse(Files.exists(file), "the one-time password file is gone after the first sign-in");
                signOutAndInWithCode(parley, password);
                assertNoConsoleErrors();
            } finally {
                browser.quit();
            }
        }
    }

    /** The pages join the front door's routes without taking its 404 or its headers away. */
    private static void servedBesideTheFrontDoor(Api api) {
        Reply root = api.get("/");
        assertEquals(303, root.status(), "the home page of the web client sends a stranger to sign in");
        assertEquals("/sign-in", java.net.URI.create(root.header("Location")).getPath());
        Reply page = api.get("/sign-in");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
        assertEquals(404, api.get("/no-such-page").status(), "unknown paths still get the front door's 404");
        assertEquals(404, api.get("/auth/assets/missing-0000.js").status());
        int traversal = api.get("/auth/assets/..%2F..%2FMETA-INF%2FMANIFEST.MF").status();
        assertTrue(traversal == 400 || traversal == 404, "no file outside web/assets: " + traversal);
        assertEquals(405, api.post("/sign-in", "{}").status());
    }

    private void signInPage(String initial) throws IOException {
        await(ExpectedConditions.urlContains("/sign-in"));
        WebElement username = visible("username");
        assertEquals("User name", label("username"));
        assertEquals(BANNER, visible("banner").getText());
        shoot("1-sign-in");
        username.sendKeys("admin");
        // Submitting with Enter from the password field: the form works from the keyboard.
        visible("password").sendKeys(initial, Keys.ENTER);
    }

    private String newPasswordPage() throws IOException {
        visible("pw-new");
        assertFalse(browser.findElement(By.id("pw-current-field")).isDisplayed(),
                "the password just typed at sign-in is not asked for again");
        // A mismatch is caught next to the field it concerns.
        browser.findElement(By.id("pw-new")).sendKeys("Browser-Keeper-one");
        browser.findElement(By.id("pw-confirm")).sendKeys("Browser-Keeper-two", Keys.ENTER);
        assertTrue(visible("pw-confirm-error").getText().contains("differ"));
        // The server's problem detail (too short) is shown next to the field the problem names.
        retype("pw-new", "short");
        retype("pw-confirm", "short");
        browser.findElement(By.id("pw-confirm")).sendKeys(Keys.ENTER);
        assertFalse(visible("pw-new-error").getText().isBlank());
        assertEquals("true", browser.findElement(By.id("pw-new")).getDomAttribute("aria-invalid"));
        shoot("2-new-password-error");
        String password = "Browser-Keeper-" + UUID.randomUUID();
        retype("pw-new", password);
        retype("pw-confirm", password);
        browser.findElement(By.id("pw-confirm")).sendKeys(Keys.ENTER);
        return password;
    }

    private void enrolmentPage(Appliance parley) throws IOException {
        String secret = visible("totp-secret").getText().replace(" ", "");
        assertTrue(secret.matches("[A-Z2-7]{16,}"), "a Base32 key is shown as text: " + secret);
        enrolledSecret = secret;
        WebElement qr = browser.findElement(By.cssSelector("img.qr"));
        assertTrue(qr.getDomAttribute("src").startsWith("data:image/png;base64,"), "the QR code is drawn here");
        assertTrue(((Number) script("return arguments[0].naturalWidth", qr)).intValue() > 0, "the QR code renders");
        shoot("3-mfa-enrolment");
        visible("totp-code").sendKeys(Totp.code(secret, Accounts.now(parley)), Keys.ENTER);
        Accounts.nextStep(parley);
        List<WebElement> codes = visible("recovery-codes").findElements(By.tagName("li"));
        assertEquals(10, codes.size(), "ten recovery codes are shown once");
        WebElement done = browser.findElement(By.id("codes-done"));
        assertFalse(done.isEnabled(), "Continue waits for 'I have saved these recovery codes'");
        shoot("4-recovery-codes");
        browser.findElement(By.id("codes-saved")).click();
        done.click();
    }

    private void accountPage() throws IOException {
        await(ExpectedConditions.urlMatches("/account$"));
        await(ExpectedConditions.textToBe(By.id("who-name"), "admin"));
        assertEquals("admin", visible("profile-username").getText());
        await(d -> !d.findElements(By.cssSelector("#sessions-body tr")).isEmpty());
        assertTrue(browser.findElement(By.id("sessions-body")).getText().contains("this browser"));
        assertTrue(browser.findElement(By.id("mfa-status")).getText().startsWith("On"));
        createToken();
        shoot("5-account");
    }

    /** An API token with one permission: shown once, then listed (by name, never the secret). */
    private void createToken() {
        browser.findElement(By.id("token-name")).sendKeys("Nightly audit export");
        browser.findElement(By.cssSelector("#token-permissions input[value='audit:read']")).click();
        browser.findElement(By.cssSelector("#token-form button[type='submit']")).click();
        assertTrue(visible("new-token").getText().startsWith("pt_"), "the token is shown once");
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens-body"), "Nightly audit export"));
        assertTrue(browser.findElement(By.id("tokens-body")).getText().contains("audit:read"));
        assertFalse(browser.findElement(By.id("tokens-body")).getText().contains("pt_"));
    }

    private void signOutAndInWithCode(Appliance parley, String password) throws IOException {
        browser.findElement(By.id("sign-out")).click();
        await(ExpectedConditions.urlContains("/sign-in"));
        visible("username").sendKeys("admin");
        visible("password").sendKeys(password, Keys.ENTER);
        // The password was right; the page now asks for the second factor, next to its field.
        assertFalse(visible("code-error").getText().isBlank());
        shoot("6-sign-in-code");
        visible("code").sendKeys(Totp.code(enrolledSecret, Accounts.now(parley)), Keys.ENTER);
        await(ExpectedConditions.textToBe(By.id("who-name"), "admin"));
    }

    private WebDriver chromium(Path work) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--ignore-certificate-errors", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + Files.createDirectories(work.resolve("chromium-" + UUID.randomUUID())));
        options.setAcceptInsecureCerts(true);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        screenshots = Files.createDirectories(work.resolveSibling("screenshots"));
        return new ChromeDriver(service, options);
    }

    private void assertNoConsoleErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // The API's expected refusals (no session yet, a wrong password, a missing code) are logged too.
                .filter(message -> !message.contains("Failed to load resource: the server responded with a status of 4"))
                .toList();
        assertEquals(List.of(), errors, "console errors (a CSP violation would show here)");
    }

    private WebElement visible(String id) {
        return await(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private String label(String id) {
        return browser.findElement(By.cssSelector("label[for='" + id + "']")).getText();
    }

    private void retype(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private <T> T await(java.util.function.Function<? super WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT).until(condition);
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    /** A screenshot of the whole page: the window grows to the page's height first. */
    private void shoot(String name) throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 720));
        long height = ((Number) script("return document.documentElement.scrollHeight"
                + " + window.outerHeight - window.innerHeight")).longValue();
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 720), 4000)));
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
