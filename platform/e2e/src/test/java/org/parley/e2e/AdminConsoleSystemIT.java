package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
 * looked up with its mapped roles; adds a SAML IdP from its metadata file (after an SP's file is refused with the
 * reason) and deletes it; uploads a signed fixture 1.0.1 on the Bundles page (first refused while upload is
 * off, with what to set) and sees it active, stops and starts it, and rolls it back to 1.0.0 (each confirmed first);
 * generates a CSR and gets the reason for a certificate whose key does not match; finds each of these actions on the
 * audit trail page. Meetings, Directory, System and Bundles are screenshot and checked by axe-core. Its own
 * appliance: it changes the directory, the deploy settings and a packaged bundle.
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
            identityProviders(browser, dir);
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

    /**
     * A service provider's metadata chosen by mistake is refused with the reason and the form kept; the IdP's own
     * metadata file is then added, listed, and deleted after confirming.
     */
    private static void identityProviders(AdminConsoleBrowser browser, Path dir) throws Exception {
        String certificate = JarSigning.newSigner("idp.hospital.example").certificatePem()
                .replaceAll("-----[A-Z ]+-----|\\s", "");
        Path wrong = Files.writeString(dir.resolve("sp-metadata.xml"), metadata("SPSSODescriptor", certificate));
        Path right = Files.writeString(dir.resolve("idp-metadata.xml"), metadata("IDPSSODescriptor", certificate));
        browser.byTestId("idp-id").sendKeys("hospital-adfs");
        browser.byTestId("idp-name").sendKeys("Hospital AD FS");
        browser.byTestId("idp-metadata-file").sendKeys(wrong.toString());
        browser.byTestId("idp-roleAttribute").sendKeys("groups");
        browser.byTestId("idp-roleMapping").sendKeys("meeting-admins=admin");
        browser.byTestId("idp-add").click();
        By form = By.cssSelector("form:has([data-testid='idp-add'])");
        browser.chromium().await(ExpectedConditions.textToBePresentInElementLocated(form,
                "is it the metadata of a service provider?"));
        assertEquals("hospital-adfs", browser.byTestId("idp-id").getDomProperty("value"), "the input is kept");

        WebElement file = browser.byTestId("idp-metadata-file");
        file.clear();
        file.sendKeys(right.toString());
        browser.byTestId("idp-add").click();
        browser.chromium().await(ExpectedConditions.textToBe(AdminConsoleBrowser.testId("idp-add-status"),
                "Added Hospital AD FS."));
        By row = By.cssSelector("[data-testid='idp-row'][data-id='hospital-adfs']");
        String listed = browser.chromium().await(ExpectedConditions.visibilityOfElementLocated(row)).getText();
        assertTrue(listed.contains("https://idp.hospital.example/adfs") && listed.contains("uploaded"),
                "listed with its entity id and where its metadata came from: " + listed);
        browser.shoot("9-directory-idp");

        browser.chromium().driver().findElement(row).findElement(AdminConsoleBrowser.testId("idp-delete")).click();
        browser.byTestId("confirm-yes").click();
        browser.chromium().await(ExpectedConditions.invisibilityOfElementLocated(row));
    }

    /** Metadata of one entity in {@code role}, with a signing certificate and an HTTP-Redirect sign-in service. */
    private static String metadata(String role, String certificateBase64) {
        String service = role.startsWith("IDP")
                ? "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" "
                        + "Location=\"https://idp.hospital.example/adfs/ls\"/>"
                : "<md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" "
                        + "Location=\"https://meet.hospital.example/saml/acs\" index=\"0\"/>";
        return "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
                + "entityID=\"https://idp.hospital.example/adfs\">"
                + "<md:" + role + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
                + "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">"
                + "<ds:X509Data><ds:X509Certificate>" + certificateBase64 + "</ds:X509Certificate></ds:X509Data>"
                + "</ds:KeyInfo></md:KeyDescriptor>" + service + "</md:" + role + "></md:EntityDescriptor>";
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
        stopStartAndRollBack(browser);
    }

    /** The fixture stopped (after confirming) and started again, then rolled back to the kept 1.0.0. */
    private static void stopStartAndRollBack(AdminConsoleBrowser browser) {
        fixtureAction(browser, "1.0.1", "bundle-stop");
        browser.byTestId("confirm-yes").click();
        awaitFixture(browser, "1.0.1", "RESOLVED");
        fixtureAction(browser, "1.0.1", "bundle-start");
        awaitFixture(browser, "1.0.1", "ACTIVE");
        fixtureAction(browser, "1.0.1", "bundle-rollback");
        browser.byTestId("confirm-yes").click();
        awaitFixture(browser, "1.0.0", "ACTIVE");
        browser.chromium().await(ExpectedConditions.textToBe(AdminConsoleBrowser.testId("bundles-status"),
                FIXTURE + ": rollback done."));
    }

    private static void fixtureAction(AdminConsoleBrowser browser, String version, String button) {
        browser.chromium().await(ExpectedConditions.elementToBeClickable(By.cssSelector(fixtureRow(version)
                + " [data-testid='" + button + "']"))).click();
    }

    private static void awaitFixture(AdminConsoleBrowser browser, String version, String state) {
        browser.chromium().await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(fixtureRow(version)
                + "[data-state='" + state + "']")));
    }

    private static String fixtureRow(String version) {
        return "[data-testid='bundle-row'][data-bsn='" + FIXTURE + "'][data-version='" + version + "']";
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
        for (String action : List.of("settings.change", "saml.idp.create", "saml.idp.delete", "bundle.upload",
                "bundle.stop", "bundle.start", "bundle.rollback", "tls.csr", "tls.change")) {
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
