package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin console in headless Chromium, as issue 9 describes it: an admin created through the users API signs in
 * with its one-time password (forced change, TOTP enrolment with a computed code) and lands on the console; creates
 * a host in the Users page, and another with the keyboard only (TAB, SPACE, ENTER; ESCAPE cancels a destructive
 * action), the focus always ringed; sets the idle timeout to 2 minutes in the generated settings form (a refused value
 * first, shown next to its field); finds these actions on the audit trail page and verifies the chain; then, in a
 * new session, is warned a minute before the idle timeout on the test clock, stays signed in, and is signed out
 * when 2 minutes pass without activity. A host reaches no page, an auditor the dashboard and the trail only. Every
 * page is screenshot under target/screenshots/admin-console and checked by axe-core. Its own appliance: the idle
 * timeout it sets and the clock it moves would end the sessions of other classes.
 */
class AdminConsoleIT {

    @RegisterExtension
    static final OwnAppliance PARLEY = new OwnAppliance();

    private static final String SESSIONS = "org.parley.auth.Sessions";

    @Test
    void anAdminRunsTheConsoleAndOthersReachOnlyWhatTheirRoleOpens() {
        Appliance parley = PARLEY.get();
        Accounts.Account host = Accounts.create(parley, "console-host-" + suffix(), "host");
        Accounts.Account auditor = Accounts.create(parley, "console-auditor-" + suffix(), "auditor");
        String admin = "console-admin-" + suffix();
        String oneTime = Accounts.expect(201, parley.admin().post("/api/v1/users", "{\"username\": "
                + Session.quote(admin) + ", \"roles\": [\"admin\"]}")).json().path("oneTimePassword").asText();
        pagesPerRole(parley, host, auditor);
        try (AdminConsoleBrowser browser = new AdminConsoleBrowser(parley)) {
            forbiddenPage(parley, browser, host);
            Accounts.Account account = firstSignIn(parley, browser, admin, oneTime);
            String created = usersPage(browser);
            keyboardOnly(browser);
            settingsPage(parley, browser);
            browser.navigate("policies", "Policies");
            assertEquals("2", browser.chromium().driver().findElement(By.cssSelector("[data-pid='" + SESSIONS
                    + "'] [data-testid='setting-idleMinutes']")).getDomProperty("value"), "the same form, same value");
            browser.check("5-policies");
            auditPage(parley, browser, admin, created);
            idleTimeout(parley, browser, account);
            assertEquals(List.of(), browser.consoleErrors(), "console errors (a CSP violation would show here)");
        }
    }

    /** Server side, before any page is drawn: who gets which page. */
    private static void pagesPerRole(Appliance parley, Accounts.Account host, Accounts.Account auditor) {
        Reply anonymous = parley.api().get("/admin/users");
        assertEquals(303, anonymous.status());
        assertEquals("/sign-in?next=/admin/users", anonymous.header("Location"));
        Api hosting = Accounts.signIn(parley, host);
        for (String page : List.of("/admin", "/admin/users", "/admin/settings", "/admin/policies", "/admin/audit")) {
            Reply denied = hosting.get(page);
            assertEquals(403, denied.status(), page);
            assertTrue(denied.body().contains("You don't have access to the admin console"), denied.body());
        }
        Api auditing = Accounts.signIn(parley, auditor);
        Reply dashboard = auditing.get("/admin");
        assertEquals(200, dashboard.status());
        assertEquals("no-store", dashboard.header("Cache-Control"));
        assertTrue(dashboard.header("Content-Security-Policy").contains("script-src 'self'"));
        assertTrue(dashboard.body().contains("<meta name=\"parley-console-pages\" content=\"dashboard audit\">"),
                "the nav offers an auditor the dashboard and the trail only");
        assertEquals(200, auditing.get("/admin/audit").status());
        for (String page : List.of("/admin/users", "/admin/settings", "/admin/policies")) {
            Reply denied = auditing.get(page);
            assertEquals(403, denied.status(), page);
            assertTrue(denied.body().contains("You don't have access to this page of the admin console"));
        }
    }

    /** The host's own session in the browser: the 403 page as a person sees it. */
    private static void forbiddenPage(Appliance parley, AdminConsoleBrowser browser, Accounts.Account host) {
        String cookie = Session.headers(Session.signInReply(parley.api(), host.username(), host.password(), null))
                .get("Cookie");
        browser.open("/sign-in");
        browser.chromium().driver().manage().addCookie(new Cookie(Session.COOKIE,
                cookie.substring(cookie.indexOf('=') + 1)));
        browser.open("/admin");
        assertTrue(browser.byTestId("forbidden").getText().contains("You don't have access to the admin console"));
        browser.check("0-forbidden-host");
        browser.chromium().driver().manage().deleteAllCookies();
    }

    static Accounts.Account firstSignIn(Appliance parley, AdminConsoleBrowser browser, String admin,
            String oneTime) {
        browser.open("/admin");
        browser.signIn(admin, oneTime);
        String password = "Console-Keeper-" + UUID.randomUUID();
        browser.chromium().visible("pw-new").sendKeys(password);
        browser.chromium().visible("pw-confirm").sendKeys(password, Keys.ENTER);
        String secret = browser.chromium().visible("totp-secret").getText().replace(" ", "");
        browser.chromium().visible("totp-code").sendKeys(Totp.code(secret, Accounts.now(parley)), Keys.ENTER);
        Accounts.nextStep(parley);
        browser.chromium().visible("codes-saved").click();
        browser.chromium().visible("codes-done").click();
        browser.chromium().await(ExpectedConditions.urlMatches("/admin$"));
        browser.chromium().await(ExpectedConditions.textToBe(By.id("who-name"), admin));
        WebElement warnings = browser.byTestId("dash-warnings");
        assertTrue(warnings.isDisplayed());
        assertFalse(browser.chromium().driver().findElements(AdminConsoleBrowser.testId("health-item")).isEmpty(),
                "every component's health is listed");
        assertTrue(browser.byTestId("dash-system").getText().contains("Data disk free"));
        assertEquals("0", browser.byTestId("live-meetings").getText());
        browser.check("1-dashboard");
        return new Accounts.Account(admin, password, secret);
    }

    /** Creates a host: the one-time password is shown once, and the new row lists the role. */
    private static String usersPage(AdminConsoleBrowser browser) {
        browser.navigate("users", "Users and roles");
        String username = "console-made-" + suffix();
        browser.byTestId("new-username").sendKeys(username);
        browser.byTestId("new-display-name").sendKeys("Made In Console");
        browser.byTestId("new-role-member").click();
        browser.byTestId("new-role-host").click();
        browser.byTestId("create-submit").click();
        assertFalse(browser.byTestId("one-time-password").getText().isBlank(), "the one-time password is shown");
        By row = By.cssSelector("[data-testid='user-row'][data-username='" + username + "']");
        browser.chromium().await(ExpectedConditions.textToBePresentInElementLocated(row, "host"));
        browser.check("2-users");
        return username;
    }

    /**
     * The same page without a mouse ({@link Keyboard}: every focus stop shown and ringed): TAB to the nav, ENTER opens
     * Users; TAB to the form, typing, SPACE on a role, ENTER creates; ENTER on a destructive action asks first, with
     * Cancel focused, and ESCAPE cancels it.
     */
    private static void keyboardOnly(AdminConsoleBrowser browser) {
        browser.open("/admin");
        browser.byTestId("dash-warnings");
        Keyboard keys = new Keyboard(browser.chromium(), "admin console");
        keys.tabTo("nav-users");
        keys.press(Keys.ENTER);
        browser.chromium().await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"),
                "Users and roles"));
        String username = "console-keys-" + suffix();
        keys.tabTo("new-username");
        keys.type(username);
        keys.tabTo("new-role-host");
        keys.press(Keys.SPACE);
        keys.tabTo("create-submit");
        keys.press(Keys.ENTER);
        By row = By.cssSelector("[data-testid='user-row'][data-username='" + username + "']");
        browser.chromium().await(ExpectedConditions.textToBePresentInElementLocated(row, "host"));
        keys.tabTo("user-disable");
        keys.press(Keys.ENTER);
        browser.byTestId("confirm");
        assertEquals("confirm-no", keys.focus(), "the safe choice has the focus");
        keys.press(Keys.ESCAPE);
        browser.chromium().await(ExpectedConditions.invisibilityOfElementLocated(AdminConsoleBrowser.testId(
                "confirm")));
        assertTrue(browser.chromium().driver().findElements(AdminConsoleBrowser.testId("user-enable")).isEmpty(),
                "ESCAPE disabled nobody");
    }

    /** The generated form of the Sessions PID: 0 refused with the component's message, nothing applied; 2 saved. */
    private static void settingsPage(Appliance parley, AdminConsoleBrowser browser) {
        browser.navigate("settings", "Settings");
        browser.byTestId("settings-filter").sendKeys(SESSIONS);
        browser.chromium().driver().findElement(By.cssSelector("details[data-pid='" + SESSIONS + "'] summary")).click();
        By section = By.cssSelector("section[data-pid='" + SESSIONS + "']");
        By idleField = AdminConsoleBrowser.testId("setting-idleMinutes");
        WebElement idle = browser.chromium().await(d -> d.findElement(section).findElement(idleField));
        idle.clear();
        idle.sendKeys("0");
        save(browser, section);
        browser.chromium().await(ExpectedConditions.attributeToBe(idle, "aria-invalid", "true"));
        WebElement error = browser.chromium().driver().findElement(By.id(idle.getDomAttribute("id") + "-error"));
        assertFalse(error.getText().isBlank(), "the component's own message is shown next to the field");
        assertTrue(browser.byTestId("settings-status").getText().contains("nothing was changed"));
        assertEquals("0", idle.getDomProperty("value"), "what was typed is kept");
        assertEquals("15", Accounts.settings(parley, SESSIONS).get("idleMinutes"), "nothing was applied");
        browser.shoot("3-settings-refused");
        idle.clear();
        idle.sendKeys("2");
        save(browser, section);
        // Located afresh at each poll: the form redraws its status line when the save answers.
        browser.chromium().await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                "section[data-pid='" + SESSIONS + "'] [data-testid='settings-status']"), "Saved: idleMinutes"));
        assertEquals("2", Accounts.settings(parley, SESSIONS).get("idleMinutes"));
        browser.check("4-settings");
    }

    private static void save(AdminConsoleBrowser browser, By section) {
        browser.chromium().driver().findElement(section).findElement(AdminConsoleBrowser.testId("settings-save"))
                .click();
    }

    private static void auditPage(Appliance parley, AdminConsoleBrowser browser, String admin, String created) {
        browser.navigate("audit", "Audit trail");
        browser.byTestId("audit-actor").sendKeys(admin);
        browser.byTestId("audit-search").click();
        By creation = By.cssSelector("[data-testid='audit-row'][data-action='user.create']");
        browser.chromium().await(ExpectedConditions.textToBePresentInElementLocated(creation, created));
        assertFalse(browser.chromium().driver().findElements(By.cssSelector(
                "[data-testid='audit-row'][data-action='settings.change']")).isEmpty(), "the idle timeout change");
        assertTrue(browser.byTestId("audit-export").getDomAttribute("href").contains("actor=" + admin));
        browser.byTestId("audit-verify").click();
        assertTrue(browser.chromium().await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[data-testid='verify-result'] [data-state='intact']"))).getText().startsWith("Intact"));
        browser.check("6-audit");
        List<String> viewers = Accounts.audit(parley, "audit.view", "audit").stream()
                .map(record -> record.path("actor").asText()).toList();
        assertTrue(viewers.contains(admin), "viewing the trail is on the trail: " + viewers);
        assertFalse(Accounts.audit(parley, "audit.verify", "audit").isEmpty());
    }

    /** A new session: warned at 59 s left on the test clock, kept by "Stay signed in", ended after 2 idle minutes. */
    private static void idleTimeout(Appliance parley, AdminConsoleBrowser browser, Accounts.Account account) {
        browser.byTestId("sign-out").click();
        browser.chromium().await(ExpectedConditions.urlContains("/sign-in"));
        browser.open("/admin");
        browser.signIn(account.username(), account.password());
        browser.chromium().visible("code").sendKeys(Totp.code(account.totpSecret(), Accounts.now(parley)),
                Keys.ENTER);
        browser.chromium().await(ExpectedConditions.urlMatches("/admin$"));
        browser.byTestId("dash-warnings");
        Accounts.advance(parley, 61);
        WebElement warning = browser.byTestId("idle-warning");
        assertTrue(browser.byTestId("idle-text").getText().startsWith("You will be signed out in"));
        browser.check("7-idle-warning");
        browser.byTestId("stay-signed-in").click();
        browser.chromium().await(ExpectedConditions.invisibilityOf(warning));
        Accounts.advance(parley, 121);
        browser.chromium().await(ExpectedConditions.urlContains("/sign-in?next="));
        assertTrue(browser.chromium().driver().getCurrentUrl().contains("next=%2Fadmin"),
                browser.chromium().driver().getCurrentUrl());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
