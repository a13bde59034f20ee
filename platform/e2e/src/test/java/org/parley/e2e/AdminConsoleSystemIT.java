package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parley.testing.support.JarSigning;

/**
 * The console's second half in headless Chromium, issue 9's scenario continued: the signed-in admin configures LDAP
 * against the slapd fixture in the Directory page's generated form and sees "test connection" succeed and a user
 * looked up with its mapped roles; uploads a signed fixture 1.0.1 on the Bundles page (first refused while upload is
 * off, with what to set) and sees it active; generates a CSR and gets the reason for a certificate whose key does not
 * match; finds the directory change, the upload and the refused certificate on the audit trail page. Meetings,
 * Directory, System and Bundles are screenshot and checked by axe-core. Its own appliance: it changes the directory,
 * the deploy settings and a packaged bundle.
 */
class AdminConsoleSystemIT {

    @RegisterExtension
    static final OwnAppliance PARLEY = new OwnAppliance();

    private static final String FIXTURE = "org.parley.testing.fixture";
    private static final String DIRECTORY = "org.parley.auth.Directory";

    @Test
    void anAdminConfiguresTheDirectoryUploadsABundleAndIsToldWhyACertificateIsRefused(@TempDir Path dir)
            throws Exception {
        Appliance parley = PARLEY.get();
        TestServers.Ldap ldap = TestServers.ldap();
        String admin = "console-sys-" + UUID.randomUUID().toString().substring(0, 8);
        String oneTime = Accounts.expect(201, parley.admin().post("/api/v1/users", "{\"username\": "
                + Session.quote(admin) + ", \"roles\": [\"admin\"]}")).json().path("oneTimePassword").asText();
        try (AdminConsoleBrowser browser = new AdminConsoleBrowser(parley)) {
            AdminConsoleIT.firstSignIn(parley, browser, admin, oneTime);
            browser.navigate("meetings", "Meetings");
            browser.chromium().await(ExpectedConditions.textToBePresentInElementLocated(
                    AdminConsoleBrowser.testId("live-rows"), "No meeting is live"));
            browser.check("8-meetings");
            directoryPage(browser, ldap);
            bundlesPage(parley, browser, dir);
            systemPage(browser);
            auditTrail(browser, admin);
            assertEquals(List.of(), browser.consoleErrors(), "console errors (a CSP violation would show here)");
        }
    }

    /** The generated form of the Directory PID filled as a person does, saved, then tested and a user looked up. */
    private static void directoryPage(AdminConsoleBrowser browser, TestServers.Ldap ldap) {
        browser.navigate("directory", "Directory and SSO");
        WebElement form = browser.chromium().driver().findElement(By.cssSelector("section[data-pid='" + DIRECTORY
                + "']"));
        form.findElement(AdminConsoleBrowser.testId("setting-enabled")).click();
        addRows(form, "urls", List.of(ldap.ldapsUrl()));
        form.findElement(AdminConsoleBrowser.testId("setting-caCertificates")).sendKeys(ldap.caPem());
        form.findElement(AdminConsoleBrowser.testId("setting-bindDn")).sendKeys("cn=parley,ou=services,"
                + TestServers.BASE_DN);
        form.findElement(AdminConsoleBrowser.testId("setting-bindPassword")).sendKeys("parley-bind-pw");
        form.findElement(AdminConsoleBrowser.testId("setting-userBase")).sendKeys("ou=people," + TestServers.BASE_DN);
        addRows(form, "roleMapping", List.of("admin=" + TestServers.Ldap.groupDn("meeting-admins"),
                "member=" + TestServers.Ldap.groupDn("meeting-users"),
                "host=" + TestServers.Ldap.groupDn("meeting-hosts")));
        form.findElement(AdminConsoleBrowser.testId("settings-save")).click();
        browser.chromium().await(d -> d.findElement(By.cssSelector("section[data-pid='" + DIRECTORY + "'] "
                + "[data-testid='settings-status']")).getText().startsWith("Saved"));

        browser.byTestId("directory-test").click();
        browser.chromium().await(ExpectedConditions.textToBe(AdminConsoleBrowser.testId("directory-test-status"),
                "Connection works."));
        assertEquals("true", browser.byTestId("directory-server").getDomAttribute("data-ok"));
        browser.byTestId("lookup-username").sendKeys("alice");
        browser.byTestId("lookup-submit").click();
        browser.chromium().await(ExpectedConditions.textToBe(AdminConsoleBrowser.testId("lookup-status"), "Found."));
        assertEquals(TestServers.Ldap.userDn("alice"), browser.byTestId("lookup-dn").getText().toLowerCase());
        assertFalse(browser.byTestId("lookup-roles").getText().isBlank(), "alice's groups map to a role");
        assertTrue(browser.byTestId("sp-metadata").getDomAttribute("href").equals("/saml/metadata"));
        browser.check("9-directory");
    }

    private static void addRows(WebElement form, String attribute, List<String> values) {
        WebElement group = form.findElement(AdminConsoleBrowser.testId("setting-" + attribute));
        for (String value : values) {
            group.findElement(By.cssSelector("button:not([aria-label])")).click();
            List<WebElement> rows = group.findElements(By.cssSelector(".list-item"));
            rows.get(rows.size() - 1).sendKeys(value);
        }
    }

    /** Refused while upload is off (with what to set); on with the test signer, the signed 1.0.1 becomes active. */
    private static void bundlesPage(Appliance parley, AdminConsoleBrowser browser, Path dir) throws Exception {
        JarSigning.Signer signer = JarSigning.newSigner("Parley console release signing");
        Path signed = JarSigning.sign(Path.of(System.getProperty("parley.fixture.next")),
                dir.resolve("fixture-1.0.1.jar"), signer);
        browser.navigate("bundles", "Bundles");
        WebElement core = browser.chromium().driver().findElement(By.cssSelector(
                "[data-testid='bundle-row'][data-bsn='org.parley.http']"));
        assertFalse(core.findElement(AdminConsoleBrowser.testId("bundle-stop")).isEnabled(), "core bundles stay on");
        assertTrue(core.getText().contains("Parley keeps it running"));
        browser.byTestId("bundle-file").sendKeys(signed.toString());
        browser.byTestId("upload-submit").click();
        browser.chromium().await(ExpectedConditions.textToBePresentInElementLocated(
                AdminConsoleBrowser.testId("upload-error"), "set uploadEnabled in org.parley.system.Deploy"));
        browser.shoot("10-bundles-upload-off");

        // Upload on, with the signer's PEM pasted into the list editor's text area (one per row), in the page.
        WebElement deploy = browser.chromium().driver().findElement(By.cssSelector(
                "section[data-pid='org.parley.system.Deploy']"));
        deploy.findElement(AdminConsoleBrowser.testId("setting-uploadEnabled")).click();
        addRows(deploy, "trustedSigners", List.of(signer.certificatePem()));
        assertEquals("textarea", deploy.findElement(By.cssSelector("[data-testid='setting-trustedSigners'] "
                + ".list-item")).getTagName());
        deploy.findElement(AdminConsoleBrowser.testId("settings-save")).click();
        // The form is drawn again from the server's answer: wait by locator, which survives the redraw.
        browser.chromium().await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                "section[data-pid='org.parley.system.Deploy'] [data-testid='settings-status']"), "Saved"));
        browser.navigate("dashboard", "Dashboard");
        browser.navigate("bundles", "Bundles");
        browser.byTestId("bundle-file").sendKeys(signed.toString());
        browser.byTestId("upload-submit").click();
        By active = By.cssSelector("[data-testid='bundle-row'][data-bsn='" + FIXTURE
                + "'][data-version='1.0.1'][data-state='ACTIVE']");
        browser.chromium().await(ExpectedConditions.presenceOfElementLocated(active));
        browser.chromium().await(ExpectedConditions.textToBePresentInElementLocated(
                AdminConsoleBrowser.testId("upload-status"), FIXTURE + " 1.0.1 is active."));
        browser.check("10-bundles");
    }

    /** A CSR made on the appliance, then a certificate with somebody else's key: the reason beside the key field. */
    private static void systemPage(AdminConsoleBrowser browser) {
        browser.navigate("system", "System");
        assertFalse(browser.byTestId("tls-days-left").getText().isBlank());
        browser.byTestId("csr-common-name").sendKeys("meet.example.org");
        browser.byTestId("csr-names").sendKeys("meet.example.org, 127.0.0.1");
        browser.byTestId("csr-submit").click();
        assertTrue(browser.byTestId("csr-pem").getDomProperty("value").startsWith(
                "-----BEGIN CERTIFICATE REQUEST-----"));
        JarSigning.Signer certificateOwner = JarSigning.newSigner("meet.example.org");
        JarSigning.Signer somebodyElse = JarSigning.newSigner("someone.example.org");
        WebElement key = browser.byTestId("tls-key");
        browser.byTestId("tls-certificate").sendKeys(certificateOwner.certificatePem());
        key.sendKeys("-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(somebodyElse.key().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        browser.byTestId("tls-install").click();
        browser.chromium().await(ExpectedConditions.attributeToBe(key, "aria-invalid", "true"));
        String reason = browser.chromium().driver().findElement(By.id("tls-key-error")).getText();
        assertTrue(reason.contains("does not match"), reason);
        assertTrue(browser.byTestId("tls-status").getText().contains("nothing was changed"));
        assertTrue(browser.byTestId("tls-certificate").getDomProperty("value").contains("BEGIN CERTIFICATE"),
                "the input is kept");
        assertFalse(browser.chromium().driver().findElements(AdminConsoleBrowser.testId("log-row")).isEmpty());
        browser.check("11-system");
    }

    /** Each of these actions on the trail page, by the admin. */
    private static void auditTrail(AdminConsoleBrowser browser, String admin) {
        browser.navigate("audit", "Audit trail");
        browser.byTestId("audit-actor").sendKeys(admin);
        browser.byTestId("audit-search").click();
        for (String action : List.of("settings.change", "bundle.upload", "tls.csr", "tls.change")) {
            By row = By.cssSelector("[data-testid='audit-row'][data-action='" + action + "']");
            browser.chromium().await(ExpectedConditions.presenceOfElementLocated(row));
        }
        WebElement refused = browser.chromium().driver().findElement(By.cssSelector(
                "[data-testid='audit-row'][data-action='tls.change']"));
        assertTrue(refused.getText().contains("FAILURE"), refused.getText());
        String changes = browser.chromium().driver().findElements(By.cssSelector(
                "[data-testid='audit-row'][data-action='settings.change']")).stream().map(WebElement::getText)
                .reduce("", String::concat);
        assertTrue(changes.contains("uploadEnabled: (unset) → true"), "before → after: " + changes);
        assertTrue(changes.contains("bindPassword: ") && !changes.contains("parley-bind-pw"), "masked: " + changes);
        browser.check("12-audit-system");
    }
}
