package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * SAML sign-in against the real SimpleSAMLphp IdP of {@code tools/test-servers}: alice in headless Chromium (real
 * redirects, form posts and cookies) from the sign-in page's "Sign in with Test IdP" to the account page as an admin,
 * then the IdP's own logout reaching Parley; bob with a plain HTTP client keeping cookies, as a member, whose sign-out
 * goes through the IdP's single logout; alice once more through the page on an appliance on PostgreSQL. Boots its own
 * appliances ({@link SamlSite}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SamlBrowserSignInIT {

    private static final String IDP_ID = "test-idp";

    private static SamlSite saml;
    private static Appliance parley;
    private static TestServers.SamlIdp idp;
    private static String site;

    /** The IdP gets Parley's signing certificate, so Parley's AuthnRequests and logout messages must be signed. */
    @BeforeAll
    static void bootWithTheIdpRegistered() {
        saml = SamlSite.boot(IDP_ID, "Test IdP", Map.of(), true);
        parley = saml.parley();
        idp = saml.idp();
        site = saml.site();
    }

    @AfterAll
    static void stop() {
        if (saml != null) {
            saml.close();
        }
    }

    @Test
    @Order(1)
    void aliceSignsInThroughTheIdpInChromiumAsAdminAndTheIdpsLogoutEndsHerSession() {
        String cookie;
        try (Chromium browser = new Chromium()) {
            cookie = signInAsAliceInChromium(browser, saml);
            browser.open(idp.sloUrl() + "?ReturnTo=" + encode(site + "/sign-in"));
            browser.await(ExpectedConditions.urlMatches("^" + Pattern.quote(site + "/sign-in")));
        }
        Await.until("the IdP's logout ended alice's session", () -> parley.api()
                .get("/api/v1/account", Map.of("Cookie", cookie)).status() == 401);
        assertSignInAudited(parley, "alice");
    }

    /** The same sign-in through the page on an appliance whose accounts live in PostgreSQL. */
    @Test
    @Order(3)
    void aliceSignsInThroughThePageOnPostgresql() throws Exception {
        try (PostgresDatabase database = new PostgresDatabase();
                SamlSite onPostgres = SamlSite.boot(IDP_ID, "Test IdP", Map.of("org.parley.store.Database.cfg",
                        database.settingsFile(PostgresDatabase.PORT)), false);
                Chromium browser = new Chromium()) {
            signInAsAliceInChromium(browser, onPostgres);
            assertSignInAudited(onPostgres.parley(), "alice");
        }
    }

    /**
     * From the sign-in page's "Sign in with Test IdP" through the IdP's own form to Parley's account page; checks
     * the role her group maps to and that Parley asks no TOTP of her. Returns her session cookie.
     */
    private static String signInAsAliceInChromium(Chromium browser, SamlSite at) {
        browser.open(at.site() + "/sign-in");
        browser.await(ExpectedConditions.elementToBeClickable(By.xpath("//*[self::a or self::button]"
                + "[contains(normalize-space(.), 'Sign in with Test IdP')]"))).click();
        browser.visible("username").sendKeys("alice");
        assertTrue(browser.driver().getCurrentUrl().startsWith("http://127.0.0.1:" + at.idp().port() + "/"),
                "the IdP's own form: " + browser.driver().getCurrentUrl());
        browser.visible("password").sendKeys("alice-pw", Keys.ENTER);
        browser.await(ExpectedConditions.textToBe(By.id("who-name"), "alice"));
        assertTrue(browser.driver().getCurrentUrl().startsWith(at.site() + "/account"),
                browser.driver().getCurrentUrl());
        Cookie session = browser.driver().manage().getCookieNamed(Session.COOKIE);
        assertNotNull(session, "the session cookie is set");
        String cookie = Session.COOKIE + "=" + session.getValue();
        JsonNode account = Accounts.expect(200, at.parley().api().get("/api/v1/account",
                Map.of("Cookie", cookie))).json();
        assertTrue(texts(account.path("roles")).contains("admin"), "meeting-admins maps to admin: " + account);
        assertFalse(account.path("mfaEnrolmentRequired").asBoolean(), "the IdP does MFA, not Parley: " + account);
        return cookie;
    }

    @Test
    @Order(2)
    void bobSignsInWithAPlainHttpClientAsMemberAndSignOutGoesThroughTheIdpsSingleLogout() {
        PlainBrowser bob = new PlainBrowser(parley.api());
        Page login = bob.navigate(site + "/saml/login?idp=" + IDP_ID);
        assertTrue(login.url().toString().startsWith("http://127.0.0.1:" + idp.port() + "/"), login.url()::toString);
        Page answer = bob.submit(login, Map.of("username", "bob", "password", "bob-pw"));
        Form toParley = Form.of(answer);
        assertEquals(site + "/saml/acs", toParley.action(), "the IdP posts the response to Parley's ACS");
        Page signedIn = bob.submit(answer, Map.of());
        assertEquals(200, signedIn.reply().status(), signedIn::toString);
        assertTrue(signedIn.url().toString().startsWith(site + "/"), signedIn.url()::toString);
        JsonNode account = Accounts.expect(200, bob.send(site + "/api/v1/account", "GET", null, Map.of())).json();
        assertEquals("bob", account.path("username").asText(), account::toString);
        assertEquals(List.of("member"), texts(account.path("roles")), account::toString);
        assertSignInAudited(parley, "bob");

        String csrf = Accounts.expect(200, bob.send(site + "/api/v1/auth/session", "GET", null, Map.of())).json()
                .path("csrfToken").asText();
        Reply signOut = bob.send(site + "/api/v1/auth/sign-out", "POST", "",
                Map.of("X-CSRF-Token", csrf, "Content-Type", "application/json"));
        assertEquals(200, signOut.status(), "sign-out of a SAML session names the IdP's logout: " + signOut);
        String redirect = signOut.json().path("redirect").asText();
        assertTrue(redirect.startsWith(idp.sloUrl() + "?"), redirect);
        Page back = bob.navigate(redirect);
        assertTrue(back.url().toString().startsWith(site + "/"), "the IdP answers to Parley's SLO: " + back);
        assertEquals(401, bob.send(site + "/api/v1/account", "GET", null, Map.of()).status(), "signed out");
        Page again = bob.navigate(site + "/saml/login?idp=" + IDP_ID);
        assertTrue(Form.of(again).fields().containsKey("AuthState"),
                "the IdP forgot bob's login too, and asks for his password again: " + again);
    }

    private static void assertSignInAudited(Appliance at, String username) {
        assertTrue(Accounts.audit(at, "auth.sign-in", username).stream()
                .anyMatch(r -> r.path("outcome").asText().equals("SUCCESS")
                        && r.path("details").path("realm").asText().equals("saml-" + IDP_ID)),
                "the sign-in of " + username + " through the IdP is audited with its realm");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Where a navigation ended and what it found there. */
    private record Page(URI url, Reply reply) {
        @Override
        public String toString() {
            return url + " -> " + reply;
        }
    }

    /** The first form of a page: where it posts (absolute) and its named inputs, as a browser would submit them. */
    private record Form(String action, Map<String, String> fields) {

        private static final Pattern FORM = Pattern.compile("<form\\b[^>]*\\baction=\"([^\"]*)\"",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
        private static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|value)=\"([^\"]*)\"");

        static Form of(Page page) {
            Matcher form = FORM.matcher(page.reply().body());
            if (!form.find()) {
                throw new AssertionError("no form on " + page);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(page.reply().body());
            while (input.find()) {
                Map<String, String> attributes = new HashMap<>();
                Matcher attribute = ATTRIBUTE.matcher(input.group());
                while (attribute.find()) {
                    attributes.put(attribute.group(1), unescape(attribute.group(2)));
                }
                if (attributes.containsKey("name")) {
                    fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
                }
            }
            return new Form(resolve(page.url(), unescape(form.group(1))), fields);
        }

        /** As a browser resolves it: {@code action="?"} keeps the page's path (java.net.URI would drop its file). */
        private static String resolve(URI page, String action) {
            String withoutQuery = page.toString().replaceFirst("[?#].*$", "");
            return action.isEmpty() ? page.toString()
                    : action.startsWith("?") ? withoutQuery + action : page.resolve(action).toString();
        }

        private static String unescape(String html) {
            Matcher entity = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|quot|lt|gt|apos);").matcher(html);
            StringBuilder text = new StringBuilder();
            while (entity.find()) {
                String name = entity.group(1);
                String character = switch (name) {
                    case "amp" -> "&";
                    case "quot" -> "\"";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "apos" -> "'";
                    default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1)));
                };
                entity.appendReplacement(text, Matcher.quoteReplacement(character));
            }
            entity.appendTail(text);
            return text.toString();
        }
    }

    /**
     * A browser without a page renderer: follows redirects itself and keeps cookies as a browser does (by host, so
     * the IdP's and Parley's are both kept), over the appliance client's transport.
     */
    private static final class PlainBrowser {

        private static final int MAX_REDIRECTS = 10;

        private final Api transport;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        PlainBrowser(Api transport) {
            this.transport = transport;
        }

        Page navigate(String url) {
            return follow(URI.create(url), send(url, "GET", null, Map.of()));
        }

        /** Submits the page's first form with these fields changed, then follows the redirects. */
        Page submit(Page page, Map<String, String> changes) {
            Form form = Form.of(page);
            Map<String, String> fields = new LinkedHashMap<>(form.fields());
            fields.putAll(changes);
            String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return follow(URI.create(form.action()), send(form.action(), "POST", body,
                    Map.of("Content-Type", "application/x-www-form-urlencoded")));
        }

        Reply send(String url, String method, String body, Map<String, String> headers) {
            URI uri = URI.create(url);
            Map<String, String> all = new HashMap<>(headers);
            try {
                cookies.get(uri, Map.of()).forEach((name, values) -> {
                    if (!values.isEmpty()) {
                        all.put(name, String.join("; ", values));
                    }
                });
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
                Reply reply = transport.send(request, all);
                cookies.put(uri, reply.headers().map());
                return reply;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Page follow(URI url, Reply reply) {
            for (int hops = 0; reply.status() / 100 == 3 && hops < MAX_REDIRECTS; hops++) {
                url = url.resolve(reply.header("Location"));
                reply = send(url.toString(), "GET", null, Map.of());
            }
            return new Page(url, reply);
        }
    }
}
